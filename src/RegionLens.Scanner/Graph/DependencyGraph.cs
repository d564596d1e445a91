using QuikGraph;
using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;

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

    private DependencyGraph()
    {
    }

    public IEnumerable<GraphNode> Nodes => _graph.Vertices.OrderBy(n => n.Kind).ThenBy(n => n.Id, StringComparer.Ordinal);

    public IEnumerable<GraphEdge> Edges => _graph.Edges
        .OrderBy(e => e.Source.Id, StringComparer.Ordinal)
        .ThenBy(e => e.Target.Id, StringComparer.Ordinal);

    public static DependencyGraph Build(ComponentMap components, IReadOnlyList<Dependency> dependencies, RoutingAlternatives? routing = null)
    {
        var graph = new DependencyGraph();
        var componentIds = components.Components.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var component in components.Components)
        {
            graph.Node(ComponentNodeId(component.Id), GraphNodeKind.Component, component.Name);
        }

        foreach (var (key, group) in Alternatives.Group(dependencies))
        {
            var first = group[0];
            var owner = componentIds.Contains(first.Component)
                ? graph.Node(ComponentNodeId(first.Component), GraphNodeKind.Component, first.Component)
                : graph.Node("library:" + first.Component, GraphNodeKind.Library, Path.GetFileNameWithoutExtension(first.Component));
            foreach (var user in first.UsedBy.Where(u => u != first.Component))
            {
                graph.Edge(graph.Node(ComponentNodeId(user), GraphNodeKind.Component, user), owner, GraphEdgeKind.Includes);
            }

            var label = DependencyLabel(group);
            var node = graph.Node("dependency:" + key, GraphNodeKind.Dependency, label);
            graph.Edge(owner, node, GraphEdgeKind.Uses, [.. group.SelectMany(d => d.Locations).Distinct()]);
            foreach (var dependency in group)
            {
                if (routing?.Serve(graph, node, dependency) == true)
                {
                    continue;
                }

                var endpoint = graph.Node(EndpointNodeId(dependency), GraphNodeKind.Endpoint, dependency.Value);
                graph.Edge(node, endpoint, GraphEdgeKind.ServedBy, dependency.Locations);
                foreach (var domain in FailureDomains.Of(dependency))
                {
                    graph.Edge(endpoint, graph.Node(domain.Id, domain.Kind, domain.Label), GraphEdgeKind.FailsWith, dependency.Locations);
                }
            }
        }

        return graph;
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

    /// <summary>An empty graph, for building one by hand (tests, what-if on a graph read back).</summary>
    public static DependencyGraph Create() => new();

    public GraphNode? Find(string id) => _nodes.GetValueOrDefault(id);

    public IEnumerable<GraphEdge> OutEdges(GraphNode node) => _graph.OutEdges(node);

    public IEnumerable<GraphEdge> InEdges(GraphNode node) => _graph.InEdges(node);

    /// <summary>The node with <paramref name="id"/>, added when it is not there yet.</summary>
    public GraphNode Node(string id, GraphNodeKind kind, string label)
    {
        if (!_nodes.TryGetValue(id, out var node))
        {
            node = new GraphNode(id, kind, label);
            _nodes[id] = node;
            _graph.AddVertex(node);
        }

        return node;
    }

    /// <summary>Adds the edge unless the two nodes are already joined.</summary>
    public void Edge(GraphNode source, GraphNode target, GraphEdgeKind kind, IReadOnlyList<SourceLocation>? evidence = null)
    {
        if (!_graph.ContainsEdge(source, target))
        {
            _graph.AddEdge(new GraphEdge(source, target, kind, evidence));
        }
    }
}
