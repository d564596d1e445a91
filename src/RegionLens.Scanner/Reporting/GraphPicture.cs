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
/// point when taking it away alone affects a component (<see cref="FailureAnalysis"/>); every edge through which a
/// component loses a dependency to it is highlighted. Everything is in the graph's sorted order, so the text is the
/// same for the same graph.
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

            _highlighted.UnionWith(EdgesLosing(graph, domain));
        }

        _withAlternatives = Edges
            .Where(e => e.Kind == GraphEdgeKind.ServedBy)
            .GroupBy(e => e.Source.Id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Every edge through which something loses a dependency when <paramref name="domain"/> alone fails: the analysis
    /// keeps one path per component, which would leave a second lost dependency of the same component (or a library's
    /// region pin) drawn as if it survived. A dependency is lost when every endpoint that serves it fails with the
    /// domain, as in <see cref="FailureAnalysis"/>; from there the walk goes back over uses and includes.
    /// </summary>
    private static IEnumerable<(string Source, string Target)> EdgesLosing(DependencyGraph graph, GraphNode domain)
    {
        var edges = new List<(string, string)>();
        var pending = new Queue<GraphNode>();
        foreach (var dependency in graph.Nodes.Where(n => n.Kind == GraphNodeKind.Dependency))
        {
            var servedBy = graph.OutEdges(dependency).Where(e => e.Kind == GraphEdgeKind.ServedBy).ToList();
            var failing = servedBy
                .Select(e => graph.OutEdges(e.Target).FirstOrDefault(f => f.Kind == GraphEdgeKind.FailsWith && f.Target.Id == domain.Id))
                .ToList();
            if (servedBy.Count == 0 || failing.Any(f => f is null))
            {
                continue;
            }

            edges.AddRange(servedBy.Select(e => (e.Source.Id, e.Target.Id)));
            edges.AddRange(failing.Select(f => (f!.Source.Id, f.Target.Id)));
            pending.Enqueue(dependency);
        }

        var seen = new HashSet<string>(pending.Select(n => n.Id), StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            foreach (var edge in graph.InEdges(pending.Dequeue()).Where(e => e.Kind is GraphEdgeKind.Uses or GraphEdgeKind.Includes))
            {
                edges.Add((edge.Source.Id, edge.Target.Id));
                if (seen.Add(edge.Source.Id))
                {
                    pending.Enqueue(edge.Source);
                }
            }
        }

        return edges;
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
