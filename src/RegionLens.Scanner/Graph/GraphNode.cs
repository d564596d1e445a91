namespace RegionLens.Scanner.Graph;

public enum GraphNodeKind
{
    Component,
    Library,
    Dependency,
    Region,
}

/// <summary>A vertex of the dependency graph. Nodes are equal by <see cref="Id"/>.</summary>
public sealed record GraphNode(string Id, GraphNodeKind Kind, string Label);
