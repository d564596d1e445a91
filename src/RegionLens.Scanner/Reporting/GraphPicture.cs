using RegionLens.Scanner.Graph;

namespace RegionLens.Scanner.Reporting;

/// <summary>One failure domain drawn as a box: the domain node and the endpoints that fail with it and with nothing
/// else, so that "what goes down with this region" can be read off the picture.</summary>
internal sealed record GraphCluster(GraphNode Domain, IReadOnlyList<GraphNode> Members);

/// <summary>
/// What the DOT and Mermaid pictures share, decided once so that the two draw the same graph: one cluster per failure
/// domain of any kind (region, zone, resolver, control plane; a rule with no special cases, and a resolver's cluster
/// holds exactly the name server that dies with it); an endpoint that fails with two domains (a global-homed endpoint:
/// its region and its control plane) stays outside every cluster, as it belongs to neither alone. A domain is a choke
/// point when taking it away alone affects a component (<see cref="FailureAnalysis"/>); the edges of the paths the
/// analysis gives for it are highlighted. Everything is in the graph's sorted order, so the text is the same for the
/// same graph.
/// </summary>
internal sealed class GraphPicture
{
    private readonly HashSet<string> _chokeDomains;
    private readonly HashSet<(string Source, string Target)> _highlighted;
    private readonly HashSet<string> _withAlternatives;

    private GraphPicture(DependencyGraph graph)
    {
        Nodes = [.. graph.Nodes];
        Edges = [.. graph.Edges];
        var domains = Nodes.Where(n => n.IsFailureDomain).ToList();
        var onlyDomainOf = Nodes
            .Where(n => n.Kind == GraphNodeKind.Endpoint)
            .Select(n => (Endpoint: n, Domains: graph.OutEdges(n).Where(e => e.Kind == GraphEdgeKind.FailsWith).Select(e => e.Target.Id).ToList()))
            .Where(x => x.Domains.Count == 1)
            .ToDictionary(x => x.Endpoint.Id, x => x.Domains[0], StringComparer.Ordinal);
        Clusters = [.. domains.Select(d => new GraphCluster(d,
        [
            d,
            .. Nodes.Where(n => onlyDomainOf.TryGetValue(n.Id, out var only) && only == d.Id).OrderBy(n => n.Id, StringComparer.Ordinal),
        ]))];
        var clustered = Clusters.SelectMany(c => c.Members).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        Unclustered = [.. Nodes.Where(n => !clustered.Contains(n.Id))];

        _chokeDomains = new(StringComparer.Ordinal);
        _highlighted = [];
        foreach (var domain in domains)
        {
            var impact = FailureAnalysis.Analyse(graph, [domain]);
            if (impact.Affected.Count == 0)
            {
                continue;
            }

            _chokeDomains.Add(domain.Id);
            foreach (var path in impact.Affected.Select(a => a.Path))
            {
                for (var i = 0; i + 1 < path.Count; i++)
                {
                    _highlighted.Add((path[i].Id, path[i + 1].Id));
                }
            }
        }

        _withAlternatives = Edges
            .Where(e => e.Kind == GraphEdgeKind.ServedBy)
            .GroupBy(e => e.Source.Id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every node, by kind and then id.</summary>
    public IReadOnlyList<GraphNode> Nodes { get; }

    /// <summary>Every edge, by source id and then target id.</summary>
    public IReadOnlyList<GraphEdge> Edges { get; }

    /// <summary>One per failure domain, in node order; the domain first, then its endpoints by id.</summary>
    public IReadOnlyList<GraphCluster> Clusters { get; }

    /// <summary>The nodes in no cluster, in node order.</summary>
    public IReadOnlyList<GraphNode> Unclustered { get; }

    public static GraphPicture Of(DependencyGraph graph) => new(graph);

    public bool IsChokePoint(GraphNode node) => _chokeDomains.Contains(node.Id);

    /// <summary>The edge lies on a path from an affected component to a choke point.</summary>
    public bool IsHighlighted(GraphEdge edge) => _highlighted.Contains((edge.Source.Id, edge.Target.Id));

    /// <summary>A served-by edge of a dependency with two or more endpoints: each is an alternative to the others.</summary>
    public bool IsAlternative(GraphEdge edge) => edge.Kind == GraphEdgeKind.ServedBy && _withAlternatives.Contains(edge.Source.Id);
}
