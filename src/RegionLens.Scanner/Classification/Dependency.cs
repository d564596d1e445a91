using RegionLens.Core.Classification;
using RegionLens.Core.Model;

namespace RegionLens.Scanner.Classification;

/// <summary>Where a dependency's value is written.</summary>
public enum Origin
{
    Code,
    Config,
    Iac,
}

/// <summary>
/// A classified endpoint, region pin, resolver or IP address that one project uses, with every location that
/// contributes to it (paths relative to the scan root). Values are already redacted. For an endpoint,
/// <see cref="Value"/> is the host, <see cref="Url"/> the URL it was written in, when that was a URL, and
/// <see cref="ConnectionString"/> the connection string that named it, secrets masked. <see cref="Client"/> is the SDK
/// client whose region this value decides, when there is one. <see cref="Deploys"/> is true for a region that
/// infrastructure is created in (a stack's provider, a resource's location, a CDK stack's environment), as opposed to
/// one a workload is told to call.
/// </summary>
public sealed record Dependency(
    EvidenceKind Kind,
    string Value,
    string Provider,
    string? Service,
    string? Region,
    string? Partition,
    EndpointScope? Scope,
    string? HomeRegion,
    string? Zone,
    Origin Origin,
    string Component,
    IReadOnlyList<string> UsedBy,
    string? Environment,
    Confidence Confidence,
    string Sink,
    string? ConfigKey,
    IReadOnlyList<SourceLocation> Locations,
    string? Note,
    string? Url = null,
    string? ConnectionString = null,
    SdkClient? Client = null,
    bool Deploys = false)
{
    /// <summary>The region whose failure takes this dependency down: its own, or the home region of a "global" endpoint.</summary>
    public string? FailureRegion => Region ?? HomeRegion;

    /// <summary>The place that consumes the value: the last of its locations.</summary>
    public SourceLocation Consumer => Locations[^1];

    /// <summary>A stable identity for graphs and fingerprints: one value consumed at one place through one surface.
    /// The same value used at two places is two dependencies, so that each keeps its own alternatives.</summary>
    public string Id => $"{Component}|{Kind}|{Value}|{Origin}|{Environment}|{Sink}|{Consumer}";
}
