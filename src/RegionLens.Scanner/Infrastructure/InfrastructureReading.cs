using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Infrastructure.Deployment;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Infrastructure;

/// <summary>
/// What each infrastructure and deployment file states, read before anyone asks who owns it: reading a file needs
/// neither the projects nor their code, so a scan reads these while the C# is loaded and extracted, and
/// <see cref="InfrastructureExtractor"/> only decides owners afterwards. <see cref="Files"/> holds a file's facts, or
/// null when it could not be read (already a notification); Terraform is read per module folder.
/// </summary>
internal sealed record InfrastructureReading(IReadOnlyDictionary<string, InfrastructureFacts?> Files, InfrastructureExtraction Terraform)
{
    public static InfrastructureReading Of(IReadOnlyList<DiscoveredFile> files, Notifications notifications, DeploymentDocuments? documents,
        CancellationToken cancellationToken)
    {
        var read = new Dictionary<string, InfrastructureFacts?>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => InfrastructureReaders.IsInfrastructure(f.Kind)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            InfrastructureFacts? facts = null;
            GuardedRead.Run(notifications, file.Path, () => facts = InfrastructureReaders.Read(file, documents));
            read[file.Path] = facts;
        }

        var terraform = TerraformUnits.Read(files.Where(f => InfrastructureReaders.IsTerraform(f.Kind)).ToList(), notifications);
        return new InfrastructureReading(read, terraform);
    }
}
