using QuikGraph;
using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Graph;

/// <summary>
/// Components → libraries → dependencies → failure domains (regions, for now). Answers "which components does
/// this failure domain reach", walking edges backwards from the domain.
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

    public static DependencyGraph Build(ComponentMap components, IReadOnlyList<Dependency> dependencies)
    {
        var graph = new DependencyGraph();
        var componentIds = components.Components.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var component in components.Components)
        {
            graph.Node(ComponentNodeId(component.Id), GraphNodeKind.Component, component.Name);
        }

        foreach (var dependency in dependencies)
        {
            var owner = componentIds.Contains(dependency.Component)
                ? graph.Node(ComponentNodeId(dependency.Component), GraphNodeKind.Component, dependency.Component)
                : graph.Node("library:" + dependency.Component, GraphNodeKind.Library, Path.GetFileNameWithoutExtension(dependency.Component));
            foreach (var user in dependency.UsedBy.Where(u => u != dependency.Component))
            {
                graph.Edge(graph.Node(ComponentNodeId(user), GraphNodeKind.Component, user), owner, GraphEdgeKind.Includes);
            }

            var node = graph.Node(DependencyNodeId(dependency), GraphNodeKind.Dependency, dependency.Value);
            graph.Edge(owner, node, GraphEdgeKind.Uses);
            if (dependency.FailureRegion is { } region)
            {
                graph.Edge(node, graph.Node(RegionNodeId(dependency.Provider, region), GraphNodeKind.Region, $"{dependency.Provider} {region}"), GraphEdgeKind.FailsWith);
            }
        }

        return graph;
    }

    public static string ComponentNodeId(string componentId) => "component:" + componentId;

    public static string RegionNodeId(string provider, string region) => $"region:{provider}/{region}";

    public static string DependencyNodeId(Dependency dependency) => "dependency:" + dependency.Id;

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
