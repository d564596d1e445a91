using QuikGraph;

namespace RegionLens.Scanner.Graph;

public enum GraphEdgeKind
{
    /// <summary>A component includes a library it references (directly or through other libraries).</summary>
    Includes,

    /// <summary>A component or library uses a dependency.</summary>
    Uses,

    /// <summary>A dependency fails when this failure domain fails.</summary>
    FailsWith,
}

public sealed class GraphEdge(GraphNode source, GraphNode target, GraphEdgeKind kind) : IEdge<GraphNode>
{
    public GraphNode Source { get; } = source;
    public GraphNode Target { get; } = target;
    public GraphEdgeKind Kind { get; } = kind;
}
