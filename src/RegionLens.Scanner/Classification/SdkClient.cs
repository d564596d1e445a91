using RegionLens.Core.Model;

namespace RegionLens.Scanner.Classification;

/// <summary>An SDK client of a component and the region it will use: the source, and the values known statically
/// (region codes, a service URL, or <c>config:KEY</c>). Paths are relative to the scan root.</summary>
public sealed record SdkClient(
    string Client,
    string Component,
    RegionSource Source,
    IReadOnlyList<string> Values,
    IReadOnlyList<SourceLocation> Locations,
    Confidence Confidence);
