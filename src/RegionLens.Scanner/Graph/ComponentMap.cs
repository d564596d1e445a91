using RegionLens.Scanner.Loading;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Graph;

/// <summary>
/// Which deployable components each project ends up in. An executable project is a component; a library is
/// deployed inside every executable that references it, directly or through other libraries. A library that no
/// executable references is treated as a component of its own, so that what it uses is not lost.
/// </summary>
public sealed class ComponentMap
{
    private readonly Dictionary<string, IReadOnlyList<string>> _usedBy = new(StringComparer.Ordinal);

    public ComponentMap(string root, IReadOnlyList<LoadedProject> projects)
    {
        var byPath = projects.ToDictionary(p => p.FilePath, StringComparer.Ordinal);
        var executables = projects.Where(p => p.IsExecutable).ToList();
        foreach (var project in projects)
        {
            var users = executables
                .Where(executable => Reaches(executable, project.FilePath, byPath))
                .Select(executable => PathText.Relative(root, executable.FilePath))
                .Order(StringComparer.Ordinal)
                .ToList();
            _usedBy[project.FilePath] = users.Count > 0 ? users : [PathText.Relative(root, project.FilePath)];
        }

        Components = [.. projects
            .Where(p => p.IsExecutable || !executables.Any(e => Reaches(e, p.FilePath, byPath)))
            .Select(p => new Component(PathText.Relative(root, p.FilePath), p.Name, p.IsExecutable ? "service" : "library"))
            .OrderBy(c => c.Id, StringComparer.Ordinal)];
        Projects = [.. projects.Select(p => PathText.Relative(root, p.FilePath)).Order(StringComparer.Ordinal)];
    }

    /// <summary>The deployable components, executables first by path.</summary>
    public IReadOnlyList<Component> Components { get; }

    public IReadOnlyList<string> Projects { get; }

    public IReadOnlyList<string> UsedBy(string projectFile) => _usedBy.GetValueOrDefault(projectFile) ?? [];

    private static bool Reaches(LoadedProject from, string target, Dictionary<string, LoadedProject> byPath)
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
