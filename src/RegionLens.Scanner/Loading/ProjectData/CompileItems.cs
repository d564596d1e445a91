using RegionLens.Scanner.Discovery;

namespace RegionLens.Scanner.Loading.ProjectData;

/// <summary>
/// The C# files a project compiles, found as the SDK's default items find them: every <c>**/*.cs</c> below the
/// project except its output and intermediate folders and hidden folders, plus <c>Compile Include</c>, minus
/// <c>Compile Remove</c>. Symbolic links are not followed, so a link cannot pull files from outside the tree in.
/// </summary>
internal static class CompileItems
{
    private static readonly EnumerationOptions TopLevelOnly = new()
    {
        RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint,
    };

    public static IReadOnlyList<string> Of(ProjectFile project)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        if (project.EnableDefaultCompileItems)
        {
            files.UnionWith(Walk(project.Folder, folder => IsDefaultExcluded(folder, project)).Where(IsCSharp));
        }

        foreach (var include in project.CompileIncludes)
        {
            files.UnionWith(Expand(project.Folder, include));
        }

        foreach (var remove in project.CompileRemoves)
        {
            files.ExceptWith(Expand(project.Folder, remove));
        }

        return [.. files.Order(StringComparer.Ordinal)];
    }

    private static bool IsDefaultExcluded(string folder, ProjectFile project) =>
        Path.GetFileName(folder).StartsWith('.')
        || string.Equals(folder, project.IntermediateFolder, StringComparison.Ordinal)
        || string.Equals(folder, project.OutputFolder, StringComparison.Ordinal);

    private static bool IsCSharp(string path) => path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase);

    /// <summary>The files an item's path or glob names, relative to the project folder.</summary>
    private static IEnumerable<string> Expand(string projectFolder, string include)
    {
        var full = Path.GetFullPath(Path.Combine(projectFolder, include.Replace('\\', Path.DirectorySeparatorChar)));
        if (!full.Contains('*', StringComparison.Ordinal) && !full.Contains('?', StringComparison.Ordinal))
        {
            return File.Exists(full) ? [full] : [];
        }

        // The glob's fixed leading folders are where the walk starts; the rest is matched segment by segment.
        var segments = full.Split(Path.DirectorySeparatorChar);
        var fixedCount = segments.TakeWhile(s => !s.Contains('*', StringComparison.Ordinal) && !s.Contains('?', StringComparison.Ordinal)).Count();
        var start = string.Join(Path.DirectorySeparatorChar, segments.Take(fixedCount));
        var pattern = segments.Skip(fixedCount).ToArray();
        if (start.Length == 0 || !Directory.Exists(start))
        {
            return [];
        }

        var recursive = pattern.Contains("**");
        var candidates = recursive ? Walk(start, _ => false) : Directory.EnumerateFiles(start, "*", TopLevelOnly).Concat(OneLevelDeeper(start, pattern.Length));
        return candidates.Where(path => GlobMatch.Segments(pattern, Path.GetRelativePath(start, path).Split(Path.DirectorySeparatorChar)));
    }

    private static IEnumerable<string> OneLevelDeeper(string start, int depth) =>
        depth <= 1 ? [] : Walk(start, _ => false);

    private static IEnumerable<string> Walk(string root, Func<string, bool> skipFolder)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(folder, "*", TopLevelOnly))
            {
                yield return file;
            }

            foreach (var child in Directory.EnumerateDirectories(folder, "*", TopLevelOnly).Where(child => !skipFolder(child)))
            {
                pending.Push(child);
            }
        }
    }
}
