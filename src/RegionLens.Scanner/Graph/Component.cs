namespace RegionLens.Scanner.Graph;

/// <summary>Something deployed: <see cref="Kind"/> is <c>service</c> for an executable project, <c>library</c> for a
/// library no executable of the scan references.</summary>
public sealed record Component(string Id, string Name, string Kind);
