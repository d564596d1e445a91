using RegionLens.Core.Model;
using QuikGraph;

namespace RegionLens.Scanner.Graph;

public enum GraphEdgeKind
{
    /// <summary>A component includes a library it references (directly or through other libraries).</summary>
    Includes,

    /// <summary>A component or library uses a dependency.</summary>
    Uses,

    /// <summary>A dependency is served by this endpoint; two or more are alternatives.</summary>
    ServedBy,

    /// <summary>An endpoint fails when this failure domain fails.</summary>
    FailsWith,

    /// <summary>A host name is looked up through this resolver setting (a dependency): it is lost when the setting is,
    /// that is, when every name server the setting lists is lost.</summary>
    ResolvesThrough,
}

/// <summary>An edge of the dependency graph, with the places in the scanned files that establish it.</summary>
public sealed class GraphEdge(GraphNode source, GraphNode target, GraphEdgeKind kind, IReadOnlyList<SourceLocation>? evidence = null) : IEdge<GraphNode>
{
    public GraphNode Source { get; } = source;
    public GraphNode Target { get; } = target;
    public GraphEdgeKind Kind { get; } = kind;
    public IReadOnlyList<SourceLocation> Evidence { get; } = evidence ?? [];
}
