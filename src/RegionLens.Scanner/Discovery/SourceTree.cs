namespace RegionLens.Scanner.Discovery;

/// <summary>Walks the scanned tree, leaving out build output, VCS metadata and dependency folders.</summary>
public static class SourceTree
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", ".git", ".vs", ".idea", "node_modules", "packages", "TestResults",
    };

    public static IReadOnlyList<string> Files(string root, string pattern)
    {
        var found = new List<string>();
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            found.AddRange(Directory.EnumerateFiles(folder, pattern, options));
            foreach (var child in Directory.EnumerateDirectories(folder, "*", options))
            {
                if (!SkippedFolders.Contains(Path.GetFileName(child)))
                {
                    pending.Push(child);
                }
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>Build output, VCS metadata and dependency folders, which are never scanned.</summary>
    public static bool IsExcludedFolder(string name) => SkippedFolders.Contains(name);

    public static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Any(part => part.Equals("obj", StringComparison.OrdinalIgnoreCase) || part.Equals("bin", StringComparison.OrdinalIgnoreCase));
}
