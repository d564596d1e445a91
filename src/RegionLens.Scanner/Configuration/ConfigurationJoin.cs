using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Extraction;
using RegionLens.Scanner.Infrastructure.Deployment;
using RegionLens.Scanner.Loading;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Configuration;

/// <summary>
/// Joins configuration reads in code with the values in the project's <c>appsettings.json</c>, its
/// <c>appsettings.{Environment}.json</c> overlays, its <c>web.config</c>/<c>app.config</c>, and the environment-variable
/// overrides (<c>Section__Key</c>) of its <c>.env</c> files, its launch profiles and the compose services and Kubernetes
/// containers that deploy it. Each value becomes its own evidence, located first at the value and then at the code
/// that reads it. A library has the configuration of each executable that runs it (its own folder's only when none
/// does), and a list read as a whole (<see cref="ConfigKeys.ElementsSuffix"/>) gives each of its elements.
/// </summary>
internal sealed class ConfigurationJoin(Notifications notifications, IReadOnlyList<DiscoveredFile> discovered, DeploymentDocuments? documents = null, string? scanRoot = null)
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

        var byPath = projects.ToDictionary(p => p.FilePath, StringComparer.Ordinal);
        // Which executables run a library is asked for every configuration read in it: answered once per project.
        var readers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var joined = new List<OwnedEvidence>();
        foreach (var item in found)
        {
            if (item.Evidence.ConfigKey is not { } key)
            {
                joined.Add(item);
                continue;
            }

            // A library reads the configuration of the executable it runs in: each executable's values are its own
            // dependency, owned by that executable.
            if (!readers.TryGetValue(item.Owner, out var owners))
            {
                owners = [.. Readers(item.Owner, byPath, projects)];
                readers[item.Owner] = owners;
            }

            foreach (var owner in owners)
            {
                foreach (var file in FilesOf(Path.GetDirectoryName(owner)!).Concat(deployed[owner]))
                {
                    joined.AddRange(Values(file, key).Select(value => Joined(item, owner, file, value.Key, value.Entry)));
                }
            }
        }

        return joined;
    }

    /// <summary>The projects whose configuration a read in <paramref name="owner"/>'s code sees: the executables that run
    /// it, or the project itself when it is an executable or no executable runs it.</summary>
    private static IEnumerable<string> Readers(string owner, Dictionary<string, LoadedProject> byPath, IReadOnlyList<LoadedProject> projects) =>
        byPath.TryGetValue(owner, out var project) && ProjectReach.ExecutablesRunning(project, projects) is { Count: > 0 } executables
            ? executables.Select(e => e.FilePath)
            : [owner];

    /// <summary>The value under <paramref name="key"/>, or each element of the list a read of a whole list
    /// (<see cref="ConfigKeys.ElementsSuffix"/>) binds, in index order.</summary>
    private static IEnumerable<(string Key, ConfigEntry Entry)> Values(ConfigFile file, string key) =>
        key.EndsWith(ConfigKeys.ElementsSuffix, StringComparison.Ordinal)
            ? file.Elements(key[..^ConfigKeys.ElementsSuffix.Length]).Where(e => e.Value.Length > 0).Select(e => (e.Key, e))
            : file.Find(key) is { Value.Length: > 0 } entry ? [(key, entry)] : [];

    /// <summary>The value becomes the evidence's value, located first where the file writes it and then where the code
    /// reads it, under the key it is written at.</summary>
    private static OwnedEvidence Joined(OwnedEvidence item, string owner, ConfigFile file, string key, ConfigEntry entry)
    {
        var evidence = item.Evidence;
        var locations = new List<SourceLocation> { entry.Location };
        locations.AddRange(evidence.Locations);
        return item with
        {
            Owner = owner,
            Evidence = new Evidence(evidence.Kind, entry.Value, key, evidence.Sink, locations, evidence.Confidence),
            Origin = Origin.Config,
            Environment = file.Environment,
        };
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
            GuardedRead.Run(notifications, file.Path, () => found.AddRange(DeploymentEnvironmentReader.Read(file.Path, file.Text, documents)));
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
        // These files are found by name in a project's folder, not by the discovery walk: the same checks apply
        // before one is opened (the same message, so a file the walk skipped is reported once).
        if (ReadableFile.SkipReason(scanRoot ?? Path.GetDirectoryName(path)!, path) is { } reason)
        {
            notifications.Add(NotificationLevel.Note, reason, path);
            return;
        }

        GuardedRead.Run(notifications, path, () => files.AddRange(read(path)));
    }

    /// <summary>A <c>.env</c> file sets environment variables, which .NET configuration reads with <c>__</c> as the
    /// section separator.</summary>
    private static ConfigFile AsOverrides(ConfigFile file) =>
        new(file.Path, file.Environment, [.. file.Entries.Select(e => e with { Key = e.Key.Replace("__", ":", StringComparison.Ordinal) })]);
}
