using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Loading;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Infrastructure;

/// <summary>What the configuration and infrastructure files of a scan state, and the units they make up.</summary>
internal sealed record InfrastructureExtraction(IReadOnlyList<OwnedFacts> Facts, IReadOnlyList<InfrastructureUnit> Units);

/// <summary>
/// Decides who owns each fact the infrastructure and deployment files state, once they are read
/// (<see cref="InfrastructureReading"/>, one reader per kind, Terraform per module folder): the project a deployment
/// file's workload runs, when that can be told, else the file (or module) as a unit of its own. A file that did not
/// parse is one notification, naming the file and line; the other files, and the healthy files of the same module,
/// count all the same.
/// </summary>
internal sealed class InfrastructureExtractor(
    Notifications notifications, IReadOnlyList<LoadedProject> projects, IReadOnlyList<DeploymentVariables> deploymentUnits)
{
    /// <param name="reading">The same files as <see cref="InfrastructureReading.Of"/> read them.</param>
    public InfrastructureExtraction Extract(IReadOnlyList<DiscoveredFile> files, CancellationToken cancellationToken, InfrastructureReading reading)
    {
        var facts = new List<OwnedFacts>();
        var units = new List<InfrastructureUnit>();
        var includes = new List<(string Included, string By)>();
        foreach (var file in files.Where(f => InfrastructureReaders.IsInfrastructure(f.Kind)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reading.Files[file.Path] is not { } read)
            {
                continue;
            }

            // A file that states nothing and deploys no other file deploys nothing RegionLens can reason about: it is
            // no component, or it would only dilute every blast radius.
            if (read.IsEmpty)
            {
                continue;
            }

            var unitOwned = false;
            foreach (var (owner, part) in Split(file, read))
            {
                facts.Add(new OwnedFacts(owner ?? file.Path, part));
                unitOwned |= owner is null;
            }

            if (unitOwned)
            {
                units.Add(new InfrastructureUnit(file.Path, Path.GetFileName(file.Path), InfrastructureReaders.UnitKind(file.Kind), []));
                includes.AddRange(read.Includes.Select(included => (included, file.Path)));
            }
        }

        units = [.. units.Select(u => u with { IncludedBy = IncludersOf(u.Path, includes) })];

        facts.AddRange(reading.Terraform.Facts);
        units.AddRange(reading.Terraform.Units);

        foreach (var file in files.Where(f => f.Kind == FileKind.HelmTemplate))
        {
            notifications.Add(NotificationLevel.Note, "skipped: a Helm template is not YAML until it is rendered; its chart's values.yaml is read", file.Path);
        }

        CheckUnownedConfiguration(files);
        return new InfrastructureExtraction(facts, [.. units.OrderBy(u => u.Path, StringComparer.Ordinal)]);
    }

    private static string[] IncludersOf(string path, List<(string Included, string By)> includes) =>
        [.. includes.Where(i => string.Equals(i.Included, path, StringComparison.Ordinal)).Select(i => i.By).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>A Dockerfile beside a project file builds that project; a compose service or Kubernetes workload runs
    /// the project <see cref="DeploymentSources"/> matches it to. Facts with no such project stay with the file (null).</summary>
    private IEnumerable<(string? Owner, InfrastructureFacts Facts)> Split(DiscoveredFile file, InfrastructureFacts facts)
    {
        if (file.Kind == FileKind.Dockerfile)
        {
            var folder = Path.GetDirectoryName(file.Path)!;
            var built = projects.Where(p => string.Equals(Path.GetDirectoryName(p.FilePath), folder, StringComparison.Ordinal)).ToList();
            return [(built.Count == 1 ? built[0].FilePath : null, facts)];
        }

        // A workload states many facts, and matching it to a project looks at every project: once per workload.
        var owners = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? OwnerOf(string? workload)
        {
            if (workload is null)
            {
                return null;
            }

            if (!owners.TryGetValue(workload, out var owner))
            {
                owner = DeploymentSources.ProjectRunBy(file.Path, workload, projects, deploymentUnits)?.FilePath;
                owners[workload] = owner;
            }

            return owner;
        }

        return FactsByOwner.Split(facts, OwnerOf);
    }

    /// <summary>Configuration files that no project's folder holds are read only to report what does not parse:
    /// with no code to read them, their values are nobody's dependencies.</summary>
    private void CheckUnownedConfiguration(IReadOnlyList<DiscoveredFile> files)
    {
        var projectFolders = projects.Select(p => Path.GetDirectoryName(p.FilePath)!).ToHashSet(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var folder = Path.GetDirectoryName(file.Path)!;
            var ownFolder = file.Kind == FileKind.LaunchSettings ? Path.GetDirectoryName(folder)! : folder;
            if (projectFolders.Contains(ownFolder))
            {
                continue;
            }

            GuardedRead.Run(notifications, file.Path, () => _ = file.Kind switch
            {
                FileKind.AppSettings => AppSettingsReader.Read(file.Path),
                FileKind.LaunchSettings => LaunchSettingsReader.Read(file.Path).FirstOrDefault(),
                FileKind.WebConfig => WebConfigReader.Read(file.Path),
                FileKind.DotEnv => DotEnvReader.Read(file.Path),
                _ => null,
            });
        }
    }
}
