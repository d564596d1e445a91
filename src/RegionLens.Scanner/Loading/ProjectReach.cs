namespace RegionLens.Scanner.Loading;

/// <summary>Which projects a project is built into: an executable runs the code of every library it references,
/// directly or through other libraries.</summary>
internal static class ProjectReach
{
    /// <summary>The executables that run <paramref name="project"/>'s code, by path: itself when it is one, else every
    /// executable that references it; empty for a library no executable references.</summary>
    public static IReadOnlyList<LoadedProject> ExecutablesRunning(LoadedProject project, IReadOnlyList<LoadedProject> projects)
    {
        if (project.IsExecutable)
        {
            return [project];
        }

        var byPath = projects.ToDictionary(p => p.FilePath, StringComparer.Ordinal);
        return [.. projects.Where(p => p.IsExecutable && Reaches(p, project.FilePath, byPath)).OrderBy(p => p.FilePath, StringComparer.Ordinal)];
    }

    public static bool Reaches(LoadedProject from, string target, IReadOnlyDictionary<string, LoadedProject> byPath)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(from.FilePath);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (string.Equals(current, target, StringComparison.Ordinal))
            {
                return true;
            }

            if (seen.Add(current) && byPath.TryGetValue(current, out var project))
            {
                foreach (var reference in project.ProjectReferences)
                {
                    pending.Push(reference);
                }
            }
        }

        return false;
    }
}
