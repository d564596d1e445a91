using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Extraction;
using RegionLens.Scanner.Loading;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Configuration;

/// <summary>
/// Joins configuration reads in code with the values in the project's <c>appsettings.json</c>, its
/// <c>appsettings.{Environment}.json</c> overlays, its <c>web.config</c>/<c>app.config</c>, and the environment-variable
/// overrides (<c>Section__Key</c>) of its <c>.env</c> files, its launch profiles and the compose services and Kubernetes
/// containers that deploy it. Each value becomes its own evidence, located first at the value and then at the code
/// that reads it.
/// </summary>
internal sealed class ConfigurationJoin(Notifications notifications, IReadOnlyList<DiscoveredFile> discovered)
{
    private readonly Dictionary<string, IReadOnlyList<ConfigFile>> _filesByFolder = new(StringComparer.Ordinal);
    private IReadOnlyList<DeploymentVariables>? _deployments;

    /// <summary>The configuration files of a project's folder, in the order their values override each other.</summary>
    public IReadOnlyList<ConfigFile> FilesOfProject(string projectFile) => FilesOf(Path.GetDirectoryName(projectFile)!);

    /// <summary>The environment of every compose service and Kubernetes container under the scan root.</summary>
    public IReadOnlyList<DeploymentVariables> DeploymentUnits => Deployments();

    public IReadOnlyList<OwnedEvidence> Join(IReadOnlyList<LoadedProject> projects, IReadOnlyList<OwnedEvidence> found)
    {
        // Every project's configuration is read, read by code or not, so that a broken file is always reported.
        foreach (var project in projects)
        {
            FilesOf(Path.GetDirectoryName(project.FilePath)!);
        }

        var deployed = projects.ToDictionary(p => p.FilePath, p => DeploymentSources.For(p, projects, Deployments()), StringComparer.Ordinal);

        var joined = new List<OwnedEvidence>();
        foreach (var item in found)
        {
            if (item.Evidence.ConfigKey is not { } key)
            {
                joined.Add(item);
                continue;
            }

            foreach (var file in FilesOf(Path.GetDirectoryName(item.Owner)!).Concat(deployed[item.Owner]))
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
        foreach (var file in discovered.Where(f => f.Kind is FileKind.Compose or FileKind.Kubernetes))
        {
            try
            {
                found.AddRange(DeploymentEnvironmentReader.Read(file.Path, file.Text));
            }
            catch (ConfigParseException e)
            {
                notifications.Add(NotificationLevel.Warning, $"could not parse: {e.Reason}", file.Path, e.Line);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                notifications.Add(NotificationLevel.Error, InternalError.Message(e), file.Path);
            }
        }

        _deployments = found;
        return found;
    }

    /// <summary>The base file first, then the environment overlays by name, then web.config/app.config, then the
    /// environment-variable overrides of the <c>.env</c> files and of each launch profile.</summary>
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
            ReadInto(files, path, p => [AppSettingsReader.Read(p)]);
        }

        foreach (var name in new[] { "web.config", "app.config" })
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path))
            {
                ReadInto(files, path, p => [WebConfigReader.Read(p)]);
            }
        }

        foreach (var path in Directory.EnumerateFiles(folder, ".env*").Where(p => FileKinds.ByName(p) == FileKind.DotEnv).Order(StringComparer.Ordinal))
        {
            ReadInto(files, path, p => [AsOverrides(DotEnvReader.Read(p))]);
        }

        var launchSettings = LaunchSettingsReader.PathIn(folder);
        if (File.Exists(launchSettings))
        {
            ReadInto(files, launchSettings, LaunchSettingsReader.Read);
        }

        _filesByFolder[folder] = files;
        return files;
    }

    private void ReadInto(List<ConfigFile> files, string path, Func<string, IReadOnlyList<ConfigFile>> read)
    {
        try
        {
            files.AddRange(read(path));
        }
        catch (ConfigParseException e)
        {
            notifications.Add(NotificationLevel.Warning, $"could not parse: {e.Reason}", path, e.Line);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notifications.Add(NotificationLevel.Warning, $"could not read: {e.Message}", path);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            notifications.Add(NotificationLevel.Error, InternalError.Message(e), path);
        }
    }

    /// <summary>A <c>.env</c> file sets environment variables, which .NET configuration reads with <c>__</c> as the
    /// section separator.</summary>
    private static ConfigFile AsOverrides(ConfigFile file) =>
        new(file.Path, file.Environment, [.. file.Entries.Select(e => e with { Key = e.Key.Replace("__", ":", StringComparison.Ordinal) })]);
}
