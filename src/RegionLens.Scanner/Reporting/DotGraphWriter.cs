using System.Text;
using RegionLens.Scanner.Graph;

namespace RegionLens.Scanner.Reporting;

/// <summary>
/// The dependency graph as Graphviz DOT (<c>regionlens scan --format dot | dot -Tsvg</c>), left to right from
/// components to failure domains. Each failure domain is a cluster with the endpoints that fail only with it
/// (<see cref="GraphPicture"/>); choke-point domains and the edges of the paths that reach them are red. Node ids are
/// the graph's ids, quoted, so the DOT text can be searched for the ids of the JSON report.
/// </summary>
public static class DotGraphWriter
{
    private const string Red = "color=red, penwidth=2";

    public static string Write(DependencyGraph graph)
    {
        var picture = GraphPicture.Of(graph);
        var text = new StringBuilder();
        text.Append("digraph regionlens {\n");
        text.Append("  rankdir=LR;\n");
        var clusterNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cluster in picture.Clusters)
        {
            text.Append("  subgraph ").Append(ClusterName(cluster.Domain, clusterNames)).Append(" {\n");
            text.Append("    label=").Append(Quote(cluster.Domain.Label)).Append(";\n");
            foreach (var node in cluster.Members)
            {
                AppendNode(text, "    ", node, picture);
            }

            text.Append("  }\n");
        }

        foreach (var node in picture.Unclustered)
        {
            AppendNode(text, "  ", node, picture);
        }

        foreach (var edge in picture.Edges)
        {
            text.Append("  ").Append(Quote(edge.Source.Id)).Append(" -> ").Append(Quote(edge.Target.Id));
            AppendAttributes(text, EdgeAttributes(edge, picture));
        }

        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>A DOT quoted string. Inside one only <c>\"</c> is an escape for DOT itself, but labels are escString,
    /// where a backslash starts <c>\n</c>, <c>\N</c> and the like: so a backslash is doubled, a quote escaped, and a
    /// line break becomes <c>\n</c> (a centred line in a label).</summary>
    internal static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\':
                    text.Append(@"\\");
                    break;
                case '"':
                    text.Append("\\\"");
                    break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    text.Append(@"\n");
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.Append('"').ToString();
    }

    /// <summary><c>cluster_region_aws_us_east_1</c>: Graphviz draws a box only for a subgraph whose name starts with
    /// "cluster"; characters other than letters and digits become <c>_</c>, and a name already taken gets a number.</summary>
    private static string ClusterName(GraphNode domain, HashSet<string> taken)
    {
        var name = "cluster_" + new string([.. domain.Id.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
        var unique = name;
        for (var n = 2; !taken.Add(unique); n++)
        {
            unique = $"{name}_{n}";
        }

        return unique;
    }

    private static void AppendNode(StringBuilder text, string indent, GraphNode node, GraphPicture picture)
    {
        var attributes = new List<string> { "label=" + Quote(node.Label) };
        attributes.AddRange(node.Kind switch
        {
            GraphNodeKind.Component => ["shape=box"],
            GraphNodeKind.Library => ["shape=box", "style=\"rounded,dashed\""],
            GraphNodeKind.Dependency => ["shape=ellipse"],
            GraphNodeKind.Endpoint => ["shape=note"],
            _ => (string[])["shape=doubleoctagon"],
        });
        if (picture.IsChokePoint(node))
        {
            attributes.Add(Red);
        }

        text.Append(indent).Append(Quote(node.Id));
        AppendAttributes(text, attributes);
    }

    private static List<string> EdgeAttributes(GraphEdge edge, GraphPicture picture)
    {
        var attributes = new List<string>();
        if (edge.Kind == GraphEdgeKind.Includes)
        {
            attributes.Add("arrowhead=empty");
        }
        else if (edge.Kind == GraphEdgeKind.ResolvesThrough)
        {
            attributes.Add("style=dotted");
            attributes.Add("label=\"resolves\"");
        }

        if (picture.IsAlternative(edge))
        {
            attributes.Add("style=dashed");
        }

        if (picture.IsHighlighted(edge))
        {
            attributes.Add(Red);
        }
        else if (edge.Kind == GraphEdgeKind.FailsWith)
        {
            attributes.Add("color=gray50");
        }

        return attributes;
    }

    private static void AppendAttributes(StringBuilder text, List<string> attributes)
    {
        if (attributes.Count > 0)
        {
            text.Append(" [").Append(string.Join(", ", attributes)).Append(']');
        }

        text.Append(";\n");
    }
}
