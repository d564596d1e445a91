using RegionLens.Scanner.Analysis;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Graph;
using RegionLens.Scanner.UserConfiguration;

namespace RegionLens.Scanner.Scanning;

/// <summary>Everything a scan produced; the report writers only format this.</summary>
public sealed record ScanResult(
    string Root,
    IReadOnlyList<Component> Components,
    IReadOnlyList<Dependency> Dependencies,
    IReadOnlyList<Finding> Findings,
    DependencyGraph Graph,
    IReadOnlyList<Notification> Notifications,
    IReadOnlyList<SdkClient> Clients,
    RegionLensConfig? Config = null);
