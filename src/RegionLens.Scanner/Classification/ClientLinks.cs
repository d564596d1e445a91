using RegionLens.Core.Redaction;
using RegionLens.Scanner.Extraction;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Classification;

/// <summary>
/// Links each dependency to the SDK client whose region it decides: a region pin or service URL written where the
/// client's region is (they share a location), or a configuration key the client's <c>AWSOptions</c> read in the
/// same component.
/// </summary>
internal static class ClientLinks
{
    /// <summary>The clients as reported: paths relative to the scan root, values redacted, in source order.</summary>
    public static IReadOnlyList<SdkClient> Report(string root, IReadOnlyList<ProjectClient> found) =>
        [.. found
            .Select(c => new SdkClient(c.Client.Client, PathText.Relative(root, c.Project.FilePath), c.Client.Source,
                [.. c.Client.Values.Select(SecretRedactor.Redact)],
                [.. c.Client.Locations.Select(l => l.WithPath(PathText.Relative(root, l.Path)))], c.Client.Confidence))
            .OrderBy(c => c.Locations[0].Path, StringComparer.Ordinal)
            .ThenBy(c => c.Locations[0].Line)
            .ThenBy(c => c.Locations[0].Column)];

    public static IReadOnlyList<Dependency> Link(IReadOnlyList<Dependency> dependencies, IReadOnlyList<SdkClient> clients) =>
        [.. dependencies.Select(dependency => ClientOf(dependency, clients) is { } client ? dependency with { Client = client } : dependency)];

    private static SdkClient? ClientOf(Dependency dependency, IReadOnlyList<SdkClient> clients) =>
        clients.FirstOrDefault(client => client.Locations.Skip(1).Any(dependency.Locations.Contains))
        ?? clients.FirstOrDefault(client => dependency.ConfigKey is { } key && client.Component == dependency.Component
            && client.Values.Contains("config:" + key, StringComparer.OrdinalIgnoreCase));
}
