using System.Text;
using RegionLens.Scanner.Graph;

namespace RegionLens.Scanner.Reporting;

/// <summary>
/// The dependency graph as a Mermaid flowchart, to paste into a ```mermaid block that GitHub renders. Graph ids
/// (paths, colons, pipes, quotes) are not Mermaid identifiers, so nodes are <c>n1</c>, <c>n2</c>, … in node order and
/// clusters <c>s1</c>, <c>s2</c>, …; the same graph always gives the same names. The clusters and highlighting are
/// those of the DOT picture (<see cref="GraphPicture"/>): choke-point domains get the <c>choke</c> class and the
/// edges of the paths that reach them a red <c>linkStyle</c>.
/// </summary>
public static class MermaidGraphWriter
{
    public static string Write(DependencyGraph graph)
    {
        var picture = GraphPicture.Of(graph);
        var names = picture.Nodes.Select((n, i) => (n.Id, Name: $"n{i + 1}")).ToDictionary(x => x.Id, x => x.Name, StringComparer.Ordinal);
        var text = new StringBuilder("flowchart LR\n");
        for (var i = 0; i < picture.Clusters.Count; i++)
        {
            var cluster = picture.Clusters[i];
            text.Append("  subgraph s").Append(i + 1).Append("[\"").Append(Escape(cluster.Domain.Label)).Append("\"]\n");
            foreach (var node in cluster.Members)
            {
                AppendNode(text, "    ", names[node.Id], node);
            }

            text.Append("  end\n");
        }

        foreach (var node in picture.Unclustered)
        {
            AppendNode(text, "  ", names[node.Id], node);
        }

        var highlighted = new List<int>();
        for (var i = 0; i < picture.Edges.Count; i++)
        {
            var edge = picture.Edges[i];
            text.Append("  ").Append(names[edge.Source.Id]).Append(Arrow(edge, picture)).Append(names[edge.Target.Id]).Append('\n');
            if (picture.IsHighlighted(edge))
            {
                highlighted.Add(i);
            }
        }

        var chokePoints = picture.Nodes.Where(picture.IsChokePoint).Select(n => names[n.Id]).ToList();
        if (chokePoints.Count > 0)
        {
            text.Append("  classDef choke stroke:#d00,stroke-width:3px\n");
            text.Append("  class ").Append(string.Join(",", chokePoints)).Append(" choke\n");
        }

        if (highlighted.Count > 0)
        {
            text.Append("  linkStyle ").Append(string.Join(",", highlighted)).Append(" stroke:#d00,stroke-width:2px\n");
        }

        return text.ToString();
    }

    /// <summary>A label for inside <c>"…"</c>. Mermaid reads <c>#name;</c> and <c>#123;</c> as entities, so <c>#</c>
    /// itself is written as one first; then the quote, and the angle brackets that would otherwise be taken as
    /// HTML. A line break becomes <c>&lt;br/&gt;</c>.</summary>
    internal static string Escape(string label) => label
        .Replace("#", "#35;", StringComparison.Ordinal)
        .Replace("\"", "#quot;", StringComparison.Ordinal)
        .Replace("<", "#lt;", StringComparison.Ordinal)
        .Replace(">", "#gt;", StringComparison.Ordinal)
        .Replace("\r\n", "<br/>", StringComparison.Ordinal)
        .Replace("\r", "<br/>", StringComparison.Ordinal)
        .Replace("\n", "<br/>", StringComparison.Ordinal);

    private static void AppendNode(StringBuilder text, string indent, string name, GraphNode node)
    {
        var (open, close) = node.Kind switch
        {
            GraphNodeKind.Component => ("[", "]"),
            GraphNodeKind.Library => ("[[", "]]"),
            GraphNodeKind.Dependency => ("([", "])"),
            GraphNodeKind.Endpoint => (">", "]"),
            _ => ("{{", "}}"),
        };
        text.Append(indent).Append(name).Append(open).Append('"').Append(Escape(node.Label)).Append('"').Append(close).Append('\n');
    }

    /// <summary>Inclusion is thick (the library is part of the component), alternatives dotted, a name's lookup labelled
    /// with the resolver setting it goes through, the rest plain.</summary>
    private static string Arrow(GraphEdge edge, GraphPicture picture) => edge.Kind switch
    {
        GraphEdgeKind.Includes => " ==> ",
        GraphEdgeKind.ResolvesThrough => " -. resolves .-> ",
        GraphEdgeKind.ServedBy when picture.IsAlternative(edge) => " -.-> ",
        _ => " --> ",
    };
}
