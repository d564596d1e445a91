using RegionLens.Core.Model;
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

    public static IReadOnlyList<Dependency> Link(IReadOnlyList<Dependency> dependencies, IReadOnlyList<SdkClient> clients)
    {
        // Indexed once, each keeping the first client in source order, so that linking stays linear in the number of
        // dependencies and clients (thousands of both took seconds when every pair was compared).
        var byLocation = new Dictionary<SourceLocation, int>();
        var byComponentValue = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        for (var index = 0; index < clients.Count; index++)
        {
            foreach (var location in clients[index].Locations.Skip(1))
            {
                byLocation.TryAdd(location, index);
            }

            if (!byComponentValue.TryGetValue(clients[index].Component, out var values))
            {
                byComponentValue[clients[index].Component] = values = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            }

            foreach (var value in clients[index].Values)
            {
                values.TryAdd(value, index);
            }
        }

        // A client that shares a location with the dependency wins over one that reads the same configuration key.
        int? ClientOf(Dependency dependency) =>
            dependency.Locations.Select(l => byLocation.TryGetValue(l, out var index) ? index : (int?)null).Min()
            ?? (dependency.ConfigKey is { } key && byComponentValue.TryGetValue(dependency.Component, out var values)
                && values.TryGetValue("config:" + key, out var index) ? index : null);

        return [.. dependencies.Select(dependency => ClientOf(dependency) is { } index ? dependency with { Client = clients[index] } : dependency)];
    }
}
