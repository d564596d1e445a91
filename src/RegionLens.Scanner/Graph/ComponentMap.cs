using RegionLens.Scanner.Infrastructure;
using RegionLens.Scanner.Loading;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Graph;

/// <summary>
/// Which deployable components each project ends up in. An executable project is a component; a library is
/// deployed inside every executable that references it, directly or through other libraries. A library that no
/// executable references is treated as a component of its own, so that what it uses is not lost. Infrastructure units
/// (Terraform modules, templates, deployment files) are components the same way: a module that a root module calls
/// is included in it, as a library is in an executable.
/// </summary>
public sealed class ComponentMap
{
    private readonly Dictionary<string, IReadOnlyList<string>> _usedBy = new(StringComparer.Ordinal);

    public ComponentMap(string root, IReadOnlyList<LoadedProject> projects, IReadOnlyList<InfrastructureUnit>? units = null)
    {
        units ??= [];
        var byPath = projects.ToDictionary(p => p.FilePath, StringComparer.Ordinal);
        var executables = projects.Where(p => p.IsExecutable).ToList();
        foreach (var project in projects)
        {
            var users = executables
                .Where(executable => ProjectReach.Reaches(executable, project.FilePath, byPath))
                .Select(executable => PathText.Relative(root, executable.FilePath))
                .Order(StringComparer.Ordinal)
                .ToList();
            _usedBy[project.FilePath] = users.Count > 0 ? users : [PathText.Relative(root, project.FilePath)];
        }

        foreach (var unit in units)
        {
            _usedBy[unit.Path] = [.. RootsIncluding(unit, units).Select(u => PathText.Relative(root, u.Path)).Order(StringComparer.Ordinal)];
        }

        Components = [.. projects
            .Where(p => p.IsExecutable || !executables.Any(e => ProjectReach.Reaches(e, p.FilePath, byPath)))
            .Select(p => new Component(PathText.Relative(root, p.FilePath), p.Name, p.IsExecutable ? "service" : "library"))
            .Concat(units.Where(u => u.IncludedBy.Count == 0).Select(u => new Component(PathText.Relative(root, u.Path), u.Name, u.Kind)))
            .OrderBy(c => c.Id, StringComparer.Ordinal)];
        Projects = [.. projects.Select(p => PathText.Relative(root, p.FilePath)).Order(StringComparer.Ordinal)];
    }

    /// <summary>The deployable components, executables first by path.</summary>
    public IReadOnlyList<Component> Components { get; }

    public IReadOnlyList<string> Projects { get; }

    public IReadOnlyList<string> UsedBy(string projectFile) => _usedBy.GetValueOrDefault(projectFile) ?? [];

    /// <summary>The units that include <paramref name="unit"/> and that nothing includes (itself when nothing does);
    /// a cycle of module calls ends where it started.</summary>
    private static IEnumerable<InfrastructureUnit> RootsIncluding(InfrastructureUnit unit, IReadOnlyList<InfrastructureUnit> units)
    {
        var byPath = units.ToDictionary(u => u.Path, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<InfrastructureUnit>([unit]);
        var roots = new List<InfrastructureUnit>();
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!seen.Add(current.Path))
            {
                continue;
            }

            var parents = current.IncludedBy.Where(byPath.ContainsKey).Select(p => byPath[p]).ToList();
            if (parents.Count == 0)
            {
                roots.Add(current);
            }

            parents.ForEach(pending.Push);
        }

        return roots.Count > 0 ? roots : [unit];
    }
}
