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
/// <remarks>
/// A file is read and hashed only when its stat differs from the one the previous entry recorded with its hash, as git
/// refreshes its index: a file whose length and last-write time are unchanged takes the recorded hash. Like git, a
/// stamp is not trusted when its last-write time is not clearly older than the moment the previous scan started
/// looking at the inputs (<see cref="RacyWindow"/>): a file written again within the same timestamp tick (coarse on
/// some file systems), just after it was hashed, would show the same stamp with other content.
/// </remarks>
internal static class CodeInputs
{
    /// <summary>How much older than the previous scan a stamp must be to be trusted: above the coarsest timestamp
    /// resolution in use (FAT's two seconds).</summary>
    public static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    /// <summary>How many files must be read before they are read in parallel.</summary>
    private const int ReadInParallelFrom = 16;

    private static readonly string[] BuildFiles =
        ["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "Directory.Build.rsp", "global.json"];

    /// <summary>Every input's path; null when the tree's projects cannot all be read as data, in which case the scan
    /// runs without the cache.</summary>
    public static SortedSet<string>? Paths(ScanTarget target)
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

        return paths;
    }

    /// <summary>Every input's stamp, and its hash where that needs no reading (a missing file, or one hashed by its
    /// length). Apart from <see cref="Hash"/> so that it can run before the previous entry is at hand.</summary>
    public static StatedInputs Stat(IReadOnlyCollection<string> paths)
    {
        // Taken before the first stat: a file written after this moment carries a later time, so it is re-read next time.
        var stampedAt = DateTime.UtcNow.Ticks;
        // One file after another: a stat takes microseconds, less than handing it to another thread.
        return new StatedInputs([.. paths.Select(Stat)], stampedAt);
    }

    /// <summary>Path → hash of every input (<c>missing</c> when it is missing or unreadable, so that a restore, or a
    /// deleted project.assets.json, changes the inputs), with the stamps taken. A file whose stamp the previous entry
    /// holds unchanged, and older than <see cref="RacyWindow"/> before that entry's stamps were taken, takes the hash
    /// recorded with it; the others are read, in parallel, as reading them is this step's cost then.</summary>
    public static HashedInputs Hash(StatedInputs stated, CacheEntry? previous)
    {
        var trustedBefore = previous is null ? long.MinValue : previous.StampedAt - RacyWindow.Ticks;
        var looked = stated.Inputs.Select(input => input.Hash is null && Trusted(input, previous, trustedBefore) is { } known ? input with { Hash = known } : input).ToList();
        var toRead = looked.Where(l => l.Hash is null).ToList();
        if (toRead.Count > 0)
        {
            // A few files (an edit) are read on this thread: starting parallel LINQ costs more than reading them.
            var read = (toRead.Count < ReadInParallelFrom ? toRead.Select(Read) : toRead.AsParallel().Select(Read)).ToDictionary(l => l.Path, StringComparer.Ordinal);
            looked = [.. looked.Select(l => l.Hash is null ? read[l.Path] : l)];
        }

        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var stamps = new Dictionary<string, FileStamp>(looked.Count, StringComparer.Ordinal);
        foreach (var input in looked)
        {
            hashes.Add(input.Path, input.Hash!);
            if (input.Stamp is { } stamp)
            {
                stamps.Add(input.Path, stamp);
            }
        }

        return new HashedInputs(hashes, stamps, stated.StampedAt, toRead.Count);
    }

    private static StatedInput Stat(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return new StatedInput(path, "missing", null);
        }

        var stamp = new FileStamp(file.Length, file.LastWriteTimeUtc.Ticks);
        return new StatedInput(path, ContentHash.IsRead(stamp.Length) ? null : ContentHash.OfLength(stamp.Length), stamp);
    }

    /// <summary>The hash the previous entry recorded for the input, when the input's stamp is the one recorded with it
    /// and clearly older than the moment it was taken.</summary>
    private static string? Trusted(StatedInput input, CacheEntry? previous, long trustedBefore) =>
        previous is not null && input.Stamp is { } stamp && stamp.LastWriteTicks < trustedBefore
        && previous.Stamps.TryGetValue(input.Path, out var was) && was == stamp && previous.Inputs.TryGetValue(input.Path, out var known)
            ? known
            : null;

    /// <summary>A file that cannot be read is recorded without a stamp, so that it is looked at afresh next time.</summary>
    private static StatedInput Read(StatedInput input) =>
        ContentHash.OfContent(input.Path) is { } hash ? input with { Hash = hash } : input with { Hash = "missing", Stamp = null };

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

/// <summary>The inputs' hashes and stamps, when the stamps were taken (see <see cref="CacheEntry.StampedAt"/>), and how
/// many files had to be read to hash them.</summary>
internal sealed record HashedInputs(SortedDictionary<string, string> Hashes, IReadOnlyDictionary<string, FileStamp> Stamps, long StampedAt, int FilesRead);

/// <summary>An input as a stat shows it: its stamp (null when missing), and its hash when that needs no reading.</summary>
internal sealed record StatedInput(string Path, string? Hash, FileStamp? Stamp);

/// <summary>The inputs as stat shows them, and the moment before the first stat.</summary>
internal sealed record StatedInputs(IReadOnlyList<StatedInput> Inputs, long StampedAt);
