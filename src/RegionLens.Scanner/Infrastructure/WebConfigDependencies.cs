using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Extraction;

namespace RegionLens.Scanner.Infrastructure;

/// <summary>
/// The values of a <c>web.config</c>/<c>app.config</c> that a framework consumes without any code of the project
/// reading them: WCF client endpoint addresses (the channel factory opens them), connection strings (Entity Framework
/// and ADO.NET find them by name) and the AWS SDK's <c>&lt;aws region="…"/&gt;</c> (the SDK reads it for every client
/// without a region of its own). They are dependencies of the project, origin config; appSettings values are only
/// dependencies when code reads them.
/// </summary>
internal static class WebConfigDependencies
{
    public static IEnumerable<OwnedEvidence> Of(string projectFile, IReadOnlyList<ConfigFile> files)
    {
        foreach (var file in files.Where(f => FileKinds.ByName(f.Path) == FileKind.WebConfig))
        {
            foreach (var entry in file.Entries)
            {
                if (entry.Key == "AWS:Region")
                {
                    yield return Owned(projectFile, file, EvidenceKind.Region, entry, "<aws region>");
                }
                else if (entry.Key.StartsWith("endpoint:", StringComparison.Ordinal))
                {
                    yield return Owned(projectFile, file, EvidenceKind.Endpoint, entry, "WCF client " + entry.Key);
                }
                else if (entry.Key.StartsWith("ConnectionStrings:", StringComparison.Ordinal))
                {
                    yield return Owned(projectFile, file, EvidenceKind.Endpoint, entry, "connectionStrings " + entry.Key["ConnectionStrings:".Length..]);
                }
            }
        }
    }

    private static OwnedEvidence Owned(string projectFile, ConfigFile file, EvidenceKind kind, ConfigEntry entry, string sink) =>
        new(projectFile, new Evidence(kind, entry.Value, entry.Key, sink, [entry.Location], Confidence.Semantic), Origin.Config, file.Environment);
}
