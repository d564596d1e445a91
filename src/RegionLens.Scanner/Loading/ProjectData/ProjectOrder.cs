namespace RegionLens.Scanner.Loading.ProjectData;

/// <summary>Orders projects so that each comes after the projects it references, so their compilations can be
/// referenced. A cycle (which MSBuild would refuse to build) is cut where it closes rather than failing the scan.</summary>
internal static class ProjectOrder
{
    public static IReadOnlyList<ProjectFile> ReferencesFirst(IReadOnlyList<ProjectFile> projects)
    {
        var byPath = projects.ToDictionary(p => p.FilePath, StringComparer.Ordinal);
        var ordered = new List<ProjectFile>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: in progress, true: done
        foreach (var project in projects.OrderBy(p => p.FilePath, StringComparer.Ordinal))
        {
            Visit(project, byPath, state, ordered);
        }

        return ordered;
    }

    private static void Visit(ProjectFile root, Dictionary<string, ProjectFile> byPath, Dictionary<string, bool> state, List<ProjectFile> ordered)
    {
        // An explicit stack: a long chain of references must not overflow the call stack.
        var stack = new Stack<(ProjectFile Project, int Next)>();
        if (state.ContainsKey(root.FilePath))
        {
            return;
        }

        state[root.FilePath] = false;
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (project, next) = stack.Pop();
            if (next < project.ProjectReferences.Count)
            {
                stack.Push((project, next + 1));
                if (byPath.TryGetValue(project.ProjectReferences[next], out var referenced) && !state.ContainsKey(referenced.FilePath))
                {
                    state[referenced.FilePath] = false;
                    stack.Push((referenced, 0));
                }

                continue;
            }

            state[project.FilePath] = true;
            ordered.Add(project);
        }
    }
}
