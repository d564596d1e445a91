using RegionLens.Core.Classification;
using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Graph;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.UserConfiguration;

/// <summary>
/// Turns <c>components</c> of <c>regionlens.json</c> into deploy-region dependencies of each named component, exactly
/// as an IaC stack's regions are (<see cref="Dependency.Deploys"/>, origin iac): in the graph they are the component's
/// <c>{component}|deploys</c> alternatives, and RL0007 counts them as deploy regions. Each points at the region's string
/// in the config file (relative to the scan root when the file is inside it, else the path as given). A key that names
/// no component of the scan, or a region no provider has, is a warning and adds nothing: a typo must not pass silently,
/// nor stop a scan the rest of the file configures correctly.
/// </summary>
internal static class DeclaredDeployments
{
    public const string Sink = "components in regionlens.json";

    public static IReadOnlyList<Dependency> Add(
        IReadOnlyList<Dependency> dependencies, string root, IReadOnlyList<Component> components, RegionLensConfig? config, Notifications notifications)
    {
        if (config is null || config.Components.Count == 0)
        {
            return dependencies;
        }

        var known = components.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var declared = new List<Dependency>();
        foreach (var (id, deployment) in config.Components.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (!known.Contains(id))
            {
                var names = string.Join(", ", known.Order(StringComparer.Ordinal));
                Warn(notifications, root, config, deployment.Line,
                    $"components[\"{id}\"] names no component of this scan; its components are: {(names.Length == 0 ? "none" : names)}");
                continue;
            }

            for (var i = 0; i < deployment.Regions.Count; i++)
            {
                var at = deployment.LocationOf(i) ?? new SourceLocation(config.FilePath ?? RegionLensConfigReader.FileName, deployment.Line, 1);
                if (Declared(id, deployment.Regions[i], at.WithPath(ConfigPath(root, at.Path))) is { } dependency)
                {
                    declared.Add(dependency);
                }
                else
                {
                    Warn(notifications, root, config, at.Line, $"components[\"{id}\"].regions[{i}]: '{deployment.Regions[i]}' is not a known region; ignored");
                }
            }
        }

        return [.. dependencies, .. declared];
    }

    /// <summary>The config file as reports show paths: relative to the scan root when inside it, else as given.</summary>
    public static string ConfigPath(string root, string path) => IsInside(root, path) ? PathText.Relative(root, Path.GetFullPath(path)) : path;

    private static Dependency? Declared(string component, string region, SourceLocation at)
    {
        var catalogue = AwsRegionCatalogue.Instance;
        if (RegionNames.Identify(region, catalogue) is not { } known)
        {
            return null;
        }

        return new Dependency(EvidenceKind.Region, known.Region, known.Provider, null, known.Region, catalogue.FindByCode(known.Region)?.Partition,
            EndpointScope.Regional, null, null, Origin.Iac, component, [component], null, Confidence.Syntactic, Sink, null, [at], null, Deploys: true);
    }

    private static void Warn(Notifications notifications, string root, RegionLensConfig config, int line, string message)
    {
        if (config.FilePath is { } file && IsInside(root, file))
        {
            notifications.Add(NotificationLevel.Warning, message, Path.GetFullPath(file), line > 0 ? line : null);
        }
        else
        {
            // Notifications carry paths relative to the scan root; a file outside it is named in the message instead.
            notifications.Add(NotificationLevel.Warning, config.FilePath is { } outside ? $"{outside}:{line}: {message}" : message);
        }
    }

    private static bool IsInside(string root, string path)
    {
        var prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        return Path.GetFullPath(path).StartsWith(prefix, StringComparison.Ordinal);
    }
}
