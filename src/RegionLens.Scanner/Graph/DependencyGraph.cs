using QuikGraph;
using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.UserConfiguration;

namespace RegionLens.Scanner.Graph;

/// <summary>
/// Components → libraries → logical dependencies → the endpoints that serve them → failure domains (regions,
/// zones, resolvers, global control planes). A dependency with two endpoints in different domains survives the loss
/// of either (<see cref="FailureAnalysis"/>); "which components can reach this domain at all" is a walk backwards.
/// </summary>
public sealed class DependencyGraph
{
    private readonly BidirectionalGraph<GraphNode, GraphEdge> _graph = new(allowParallelEdges: false);
    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);

    // Sorted once and kept until a node or edge is added: the analysis walks the nodes once per failure domain, from
    // several threads, so each is one reference, set whole (two threads may both compute it; both get equal values).
    private IReadOnlyList<GraphNode>? _sortedNodes;
    private ResolutionEdges? _resolution;

    private DependencyGraph()
    {
    }

    public IEnumerable<GraphNode> Nodes => _sortedNodes ??= [.. _graph.Vertices.OrderBy(n => n.Kind).ThenBy(n => n.Id, StringComparer.Ordinal)];

    /// <summary>The nodes some endpoint's name is looked up through (the targets of resolves-through edges).</summary>
    public IReadOnlySet<GraphNode> ResolutionTargets => Resolution().Targets;

    /// <summary>The endpoints whose names are looked up through a resolver setting (the sources of those edges).</summary>
    public IReadOnlySet<GraphNode> ResolvingEndpoints => Resolution().Endpoints;

    public IEnumerable<GraphEdge> Edges => _graph.Edges
        .OrderBy(e => e.Source.Id, StringComparer.Ordinal)
        .ThenBy(e => e.Target.Id, StringComparer.Ordinal);

    /// <param name="stores">The data stores the infrastructure declares: each is one dependency, used by its declaring unit
    /// and by the projects that name it, so the code that reads a table loses it with the table's regions.</param>
    /// <param name="routing">Route 53 records: a name behind health-checked records in two regions is served from both.</param>
    /// <param name="config">The user's <c>regionlens.json</c>: its <c>failureDomains</c> and <c>redundantResolvers</c>
    /// decide what an endpoint fails with (<see cref="UserFailureDomains"/>).</param>
    public static DependencyGraph Build(
        ComponentMap components,
        IReadOnlyList<Dependency> dependencies,
        IReadOnlyList<DataStoreNode>? stores = null,
        RoutingAlternatives? routing = null,
        RegionLensConfig? config = null)
    {
        var graph = new DependencyGraph();
        var componentIds = components.Components.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var component in components.Components)
        {
            graph.Node(ComponentNodeId(component.Id), GraphNodeKind.Component, component.Name);
        }

        // Stores first, so that their nodes carry the store's name rather than the label of one of its regions.
        foreach (var store in stores ?? [])
        {
            graph.Node("dependency:" + store.DependencyKey, GraphNodeKind.Dependency, store.Label);
        }

        var built = new List<(GraphNode Node, IReadOnlyList<Dependency> Group)>();
        foreach (var (key, group) in Alternatives.Group(dependencies, stores ?? []))
        {
            var first = group[0];
            var owner = graph.Owner(new GraphOwner(first.Component, first.UsedBy), componentIds);
            var label = DependencyLabel(group);
            var node = graph.Node("dependency:" + key, GraphNodeKind.Dependency, label);
            graph.Edge(owner, node, GraphEdgeKind.Uses, [.. group.SelectMany(d => d.Locations).Distinct()]);
            built.Add((node, group));
            foreach (var dependency in group)
            {
                if (routing?.Serve(graph, node, dependency) == true)
                {
                    continue;
                }

                var endpoint = graph.Node(EndpointNodeId(dependency), GraphNodeKind.Endpoint, dependency.Value);
                graph.Edge(node, endpoint, GraphEdgeKind.ServedBy, dependency.Locations);
                foreach (var domain in UserFailureDomains.Of(dependency, config))
                {
                    graph.Edge(endpoint, graph.Node(domain.Id, domain.Kind, domain.Label), GraphEdgeKind.FailsWith, dependency.Locations);
                }
            }

            if (CosmosRegionPreference.StartsFromApplicationRegion(first))
            {
                // From ApplicationRegion the Cosmos SDK orders every region of the account by proximity and tries them
                // all (DOMAIN §4.2), so that region is where it starts, not all it has; which others the account has, the
                // code does not say. A one-element ApplicationPreferredRegions list is a pin, and stays one.
                var others = graph.Node($"endpoint:{key}|account-regions", GraphNodeKind.Endpoint, "the account's other regions");
                graph.Edge(node, others, GraphEdgeKind.ServedBy, first.Locations);
            }
        }

        ResolverPaths.Add(graph, built);
        DataStoreEdges.Add(graph, stores ?? [], componentIds);
        return graph;
    }

    /// <summary>The node of a project or unit: a component, or a library included in the components that use it.</summary>
    internal GraphNode Owner(GraphOwner owner, HashSet<string> componentIds)
    {
        var node = componentIds.Contains(owner.Id)
            ? Node(ComponentNodeId(owner.Id), GraphNodeKind.Component, owner.Id)
            : Node("library:" + owner.Id, GraphNodeKind.Library, Path.GetFileNameWithoutExtension(owner.Id));
        foreach (var user in owner.UsedBy.Where(u => u != owner.Id))
        {
            Edge(Node(ComponentNodeId(user), GraphNodeKind.Component, user), node, GraphEdgeKind.Includes);
        }

        return node;
    }

    /// <summary>"region us-east-1", "regions us-east-1 | us-west-2", "resolver 8.8.8.8", or the endpoint's host.</summary>
    private static string DependencyLabel(IReadOnlyList<Dependency> group)
    {
        var values = string.Join(" | ", group.Select(d => d.Value).Distinct(StringComparer.Ordinal));
        var many = group.Select(d => d.Value).Distinct(StringComparer.Ordinal).Count() > 1;
        return group[0].Kind switch
        {
            EvidenceKind.Region => (many ? "regions " : "region ") + values,
            EvidenceKind.Resolver => (many ? "resolvers " : "resolver ") + values,
            _ => values,
        };
    }

    public static string ComponentNodeId(string componentId) => "component:" + componentId;

    public static string RegionNodeId(string provider, string region) => $"region:{provider}/{region}";

    public static string EndpointNodeId(Dependency dependency) => "endpoint:" + dependency.Id;

    /// <summary>The component nodes from which <paramref name="domainNodeId"/> can be reached.</summary>
    public IReadOnlyList<GraphNode> ComponentsReaching(string domainNodeId)
    {
        if (!_nodes.TryGetValue(domainNodeId, out var domain))
        {
            return [];
        }

        var seen = new HashSet<GraphNode> { domain };
        var pending = new Queue<GraphNode>([domain]);
        while (pending.Count > 0)
        {
            foreach (var edge in _graph.InEdges(pending.Dequeue()))
            {
                if (seen.Add(edge.Source))
                {
                    pending.Enqueue(edge.Source);
                }
            }
        }

        return [.. seen.Where(n => n.Kind == GraphNodeKind.Component).OrderBy(n => n.Id, StringComparer.Ordinal)];
    }

    private ResolutionEdges Resolution()
    {
        if (_resolution is not { } known)
        {
            var edges = _graph.Edges.Where(e => e.Kind == GraphEdgeKind.ResolvesThrough).ToList();
            known = new ResolutionEdges([.. edges.Select(e => e.Source)], [.. edges.Select(e => e.Target)]);
            _resolution = known;
        }

        return known;
    }

    private sealed record ResolutionEdges(HashSet<GraphNode> Endpoints, HashSet<GraphNode> Targets);

    /// <summary>An empty graph, for building one by hand (tests, what-if on a graph read back).</summary>
    public static DependencyGraph Create() => new();

    public GraphNode? Find(string id) => _nodes.GetValueOrDefault(id);

    public IEnumerable<GraphEdge> OutEdges(GraphNode node) => _graph.OutEdges(node);

    public IEnumerable<GraphEdge> InEdges(GraphNode node) => _graph.InEdges(node);

    /// <summary>The locations that establish the edge from <paramref name="source"/> to <paramref name="target"/>;
    /// empty when there is no such edge.</summary>
    public IReadOnlyList<SourceLocation> EvidenceOf(GraphNode source, GraphNode target) =>
        _graph.TryGetEdge(source, target, out var edge) ? edge.Evidence : [];

    /// <summary>The node with <paramref name="id"/>, added when it is not there yet.</summary>
    public GraphNode Node(string id, GraphNodeKind kind, string label)
    {
        if (!_nodes.TryGetValue(id, out var node))
        {
            node = new GraphNode(id, kind, label);
            _nodes[id] = node;
            _graph.AddVertex(node);
            _sortedNodes = null;
        }

        return node;
    }

    /// <summary>Adds the edge unless the two nodes are already joined.</summary>
    public void Edge(GraphNode source, GraphNode target, GraphEdgeKind kind, IReadOnlyList<SourceLocation>? evidence = null)
    {
        if (!_graph.ContainsEdge(source, target))
        {
            _graph.AddEdge(new GraphEdge(source, target, kind, evidence));
            _resolution = null;
        }
    }
}
