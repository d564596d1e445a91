using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Infrastructure.Terraform;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Infrastructure;

/// <summary>
/// Terraform is read per module: every <c>.tf</c>, <c>.tf.json</c> and <c>.tfvars</c> of one folder together. Each
/// folder is a stack unit; a folder that another module calls by a local path is included in its caller, and is read
/// with the caller's arguments when it has exactly one caller (with several, each would give it other values, so it
/// is read with its own defaults).
/// </summary>
internal static class TerraformUnits
{
    public static InfrastructureExtraction Read(IReadOnlyList<DiscoveredFile> files, Notifications notifications)
    {
        var folders = files
            .GroupBy(f => Path.GetDirectoryName(f.Path)!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(f => f.Path)], StringComparer.Ordinal);
        var plain = folders.ToDictionary(f => f.Key, f => TerraformModuleReader.Read(f.Key, f.Value), StringComparer.Ordinal);
        var callers = folders.Keys.ToDictionary(f => f, _ => new List<(string Caller, TerraformModuleCall Call)>(), StringComparer.Ordinal);
        foreach (var (folder, result) in plain)
        {
            foreach (var call in result.Modules)
            {
                // Only discovered folders are ever read; a source that climbs out of the tree is said, not followed.
                if (call.LocalFolder is { } outside && !ReadableFile.IsUnder(notifications.Root, outside))
                {
                    notifications.Add(NotificationLevel.Note, $"module source \"{call.Source}\" is outside the scan root; it is not read",
                        call.Location.Path, call.Location.Line);
                }

                if (call.LocalFolder is { } called && callers.TryGetValue(Path.TrimEndingDirectorySeparator(Path.GetFullPath(called)), out var list))
                {
                    list.Add((folder, call));
                }
            }
        }

        var facts = new List<OwnedFacts>();
        var units = new List<InfrastructureUnit>();
        foreach (var (folder, paths) in folders)
        {
            var calledBy = callers[folder];
            var result = calledBy is [{ Call.Inputs: { } inputs }] ? TerraformModuleReader.Read(folder, paths, inputs) : plain[folder];
            foreach (var problem in result.Problems)
            {
                notifications.Add(NotificationLevel.Warning, $"could not parse: {problem.Reason}", problem.Path, problem.Line > 0 ? problem.Line : null);
            }

            facts.Add(new OwnedFacts(folder, result.Facts));
            units.Add(new InfrastructureUnit(folder, Path.GetFileName(folder), "stack", [.. calledBy.Select(c => c.Caller).Distinct().Order(StringComparer.Ordinal)]));
        }

        return new InfrastructureExtraction(facts, units);
    }
}
