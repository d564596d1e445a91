using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Extraction;
using RegionLens.Scanner.Loading;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Configuration;

/// <summary>
/// Joins configuration reads in code with the values in the project's <c>appsettings.json</c>, its
/// <c>appsettings.{Environment}.json</c> overlays, and the environment-variable overrides (<c>Section__Key</c>) of its
/// launch profiles and of the compose services and Kubernetes containers that deploy it. Each value becomes its own
/// evidence, located first at the value and then at the code that reads it.
/// </summary>
internal sealed class ConfigurationJoin(Notifications notifications, string root)
{
    private readonly Dictionary<string, IReadOnlyList<ConfigFile>> _filesByFolder = new(StringComparer.Ordinal);
    private IReadOnlyList<DeploymentVariables>? _deployments;

    public IReadOnlyList<ProjectEvidence> Join(IReadOnlyList<LoadedProject> projects, IReadOnlyList<ProjectEvidence> found)
    {
        // Every project's configuration is read, read by code or not, so that a broken file is always reported.
        foreach (var project in projects)
        {
            FilesOf(Path.GetDirectoryName(project.FilePath)!);
        }

        var deployed = projects.ToDictionary(p => p.FilePath, p => DeploymentSources.For(p, projects, Deployments()), StringComparer.Ordinal);

        var joined = new List<ProjectEvidence>();
        foreach (var item in found)
        {
            if (item.Evidence.ConfigKey is not { } key)
            {
                joined.Add(item);
                continue;
            }

            foreach (var file in FilesOf(Path.GetDirectoryName(item.Project.FilePath)!).Concat(deployed[item.Project.FilePath]))
            {
                if (file.Find(key) is { Value.Length: > 0 } entry)
                {
                    var evidence = item.Evidence;
                    var locations = new List<SourceLocation> { entry.Location };
                    locations.AddRange(evidence.Locations);
                    joined.Add(item with
                    {
                        Evidence = new Evidence(evidence.Kind, entry.Value, key, evidence.Sink, locations, evidence.Confidence),
                        Origin = Origin.Config,
                        Environment = file.Environment,
                    });
                }
            }
        }

        return joined;
    }

    /// <summary>The compose files and Kubernetes manifests under the scan root, found by discovery (which honours
    /// .gitignore and reports what it skips) and read once. Helm templates, not YAML until rendered, are not read.</summary>
    private IReadOnlyList<DeploymentVariables> Deployments()
    {
        if (_deployments is not null)
        {
            return _deployments;
        }

        var found = new List<DeploymentVariables>();
        foreach (var file in FileDiscovery.Discover(root, notifications).Where(f => f.Kind is FileKind.Compose or FileKind.Kubernetes))
        {
            try
            {
                found.AddRange(DeploymentEnvironmentReader.Read(file.Path, file.Text));
            }
            catch (ConfigParseException e)
            {
                notifications.Add(NotificationLevel.Warning, $"could not parse: {e.Reason}", file.Path, e.Line);
            }
        }

        _deployments = found;
        return found;
    }

    /// <summary>The base file first, then the environment overlays by name, then the environment-variable
    /// overrides of each launch profile.</summary>
    private IReadOnlyList<ConfigFile> FilesOf(string folder)
    {
        if (_filesByFolder.TryGetValue(folder, out var cached))
        {
            return cached;
        }

        var files = new List<ConfigFile>();
        var paths = Directory.EnumerateFiles(folder, "appsettings*.json")
            .OrderBy(path => AppSettingsReader.EnvironmentOf(path) is null ? 0 : 1)
            .ThenBy(path => path, StringComparer.Ordinal);
        foreach (var path in paths)
        {
            try
            {
                files.Add(AppSettingsReader.Read(path));
            }
            catch (ConfigParseException e)
            {
                notifications.Add(NotificationLevel.Warning, $"could not parse: {e.Reason}", path, e.Line);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                notifications.Add(NotificationLevel.Warning, $"could not read: {e.Message}", path);
            }
        }

        var launchSettings = LaunchSettingsReader.PathIn(folder);
        if (File.Exists(launchSettings))
        {
            try
            {
                files.AddRange(LaunchSettingsReader.Read(launchSettings));
            }
            catch (ConfigParseException e)
            {
                notifications.Add(NotificationLevel.Warning, $"could not parse: {e.Reason}", launchSettings, e.Line);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                notifications.Add(NotificationLevel.Warning, $"could not read: {e.Message}", launchSettings);
            }
        }

        _filesByFolder[folder] = files;
        return files;
    }
}
