using RegionLens.Scanner.Loading;

namespace RegionLens.Scanner.Configuration;

/// <summary>
/// Which project each deployed unit runs: a compose service whose build context is the project's folder (or a
/// folder holding only that project), or a service, container or workload whose name is the project's name (compared
/// without case or punctuation: <c>orders-api</c> is <c>Orders.Api</c>).
/// </summary>
internal static class DeploymentSources
{
    /// <summary>The environment overrides of the units that run <paramref name="project"/>, as configuration sources.</summary>
    public static IReadOnlyList<ConfigFile> For(LoadedProject project, IReadOnlyList<LoadedProject> projects, IReadOnlyList<DeploymentVariables> deployments) =>
        [.. deployments
            .Where(unit => Runs(unit, project, projects))
            .Select(unit => new ConfigFile(unit.Path, unit.Environment,
                [.. unit.Variables.Select(v => v with { Key = v.Key.Replace("__", ":", StringComparison.Ordinal) })]))];

    /// <summary>The project that <paramref name="workload"/> (a compose service, a Kubernetes workload or container
    /// named in <paramref name="file"/>) runs, when exactly one does.</summary>
    public static LoadedProject? ProjectRunBy(string file, string workload, IReadOnlyList<LoadedProject> projects, IReadOnlyList<DeploymentVariables> deployments)
    {
        var units = deployments.Where(d => string.Equals(d.Path, file, StringComparison.Ordinal) && d.Names.Contains(workload, StringComparer.Ordinal)).ToList();
        if (units.Count == 0)
        {
            units = [new DeploymentVariables(file, string.Empty, [workload], null, [])];
        }

        var run = projects.Where(p => units.Any(u => Runs(u, p, projects))).Distinct().ToList();
        return run.Count == 1 ? run[0] : null;
    }

    private static bool Runs(DeploymentVariables unit, LoadedProject project, IReadOnlyList<LoadedProject> projects)
    {
        var folder = Path.GetDirectoryName(project.FilePath)!;
        if (unit.BuildContext is { } context && IsUnder(folder, context))
        {
            // The context is the project's folder, or a folder above it that holds no other project. Taking at most two
            // keeps this cheap when it is asked for every project of a large solution.
            var inside = projects.Where(p => IsUnder(Path.GetDirectoryName(p.FilePath)!, context)).Take(2).ToList();
            if (string.Equals(folder, context, StringComparison.Ordinal) || (inside.Count == 1 && inside[0] == project))
            {
                return true;
            }
        }

        var name = Normalized(project.Name);
        return unit.Names.Any(n => Normalized(n) == name);
    }

    private static bool IsUnder(string folder, string ancestor) =>
        string.Equals(folder, ancestor, StringComparison.Ordinal)
        || folder.StartsWith(Path.TrimEndingDirectorySeparator(ancestor) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Normalized(string name) => new([.. name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
