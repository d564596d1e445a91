using System.Xml;
using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Loading.ProjectData;

namespace RegionLens.Scanner.Caching;

/// <summary>
/// Every file the code stage (loading projects and extracting from C#) reads, with its content hash: the solution,
/// each project file the solution reaches, the <c>Directory.*</c> build files above each project, its restore output,
/// and the C# files it compiles. The projects are read as the default loader reads them (data only, nothing run),
/// which is cheap next to parsing. Configuration and infrastructure files are not here: the code stage never reads
/// them, and the stages that do run on every scan.
/// </summary>
internal static class CodeInputs
{
    private static readonly string[] BuildFiles =
        ["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "Directory.Build.rsp", "global.json"];

    /// <summary>Path → hash (null when missing) of every input; null when the tree's projects cannot all be read as
    /// data, in which case the scan runs without the cache.</summary>
    public static SortedDictionary<string, string>? Of(ScanTarget target)
    {
        var entries = target.Kind == EntryKind.Solution ? TrySolution(target.EntryFiles[0]) : target.EntryFiles;
        if (entries is null)
        {
            return null;
        }

        var paths = new SortedSet<string>(target.EntryFiles, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(entries);
        while (pending.TryDequeue(out var path))
        {
            if (!seen.Add(path))
            {
                continue;
            }

            paths.Add(path);
            if (!File.Exists(path))
            {
                continue;
            }

            ProjectFile project;
            try
            {
                project = ProjectFileReader.Read(path, target.Root);
            }
            catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException or ArgumentException)
            {
                return null;
            }

            foreach (var reference in project.ProjectReferences.Where(r => r.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)))
            {
                pending.Enqueue(reference);
            }

            paths.Add(Path.Combine(project.IntermediateFolder, RestoredAssets.FileName));
            paths.UnionWith(CompileItems.Of(project));
            paths.UnionWith(BuildFilesAbove(project.Folder));
        }

        // Hashed in parallel: reading the sources is most of this step's cost. A missing input is recorded too, so
        // that a restore (or a deleted project.assets.json) changes the key.
        var hashes = paths.AsParallel().Select(p => (Path: p, Hash: ContentHash.OfFile(p) ?? "missing")).ToList();
        return new SortedDictionary<string, string>(hashes.ToDictionary(h => h.Path, h => h.Hash, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    private static IReadOnlyList<string>? TrySolution(string solution)
    {
        try
        {
            return SolutionFileReader.CSharpProjects(solution);
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The build files that exist in the project's folder and every folder above it (a superset of what the
    /// loader reads, which stops at the scan root).</summary>
    private static IEnumerable<string> BuildFilesAbove(string folder)
    {
        for (var current = folder; current is not null; current = Path.GetDirectoryName(current))
        {
            foreach (var name in BuildFiles)
            {
                var candidate = Path.Combine(current, name);
                if (File.Exists(candidate))
                {
                    yield return candidate;
                }
            }
        }
    }
}
