using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Discovery;

public enum EntryKind
{
    Solution,
    Project,

    /// <summary>A folder with no solution or project at its top: every project below it is scanned.</summary>
    ProjectsInFolder,
}

/// <summary>What the user asked to scan: the scan root (whose files the outputs are relative to) and the solution,
/// project or set of projects to load.</summary>
public sealed record ScanTarget(string Root, EntryKind Kind, IReadOnlyList<string> EntryFiles)
{
    private static readonly string[] SolutionExtensions = [".slnx", ".sln"];

    public static ScanTarget Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            return FromFile(full);
        }

        if (!Directory.Exists(full))
        {
            throw new ScanInputException(
                $"path not found: {path}; PATH is a .sln, .slnx or .csproj file or a folder, relative to the current folder (default: the current folder)");
        }

        return FromFolder(Path.TrimEndingDirectorySeparator(full));
    }

    private static ScanTarget FromFile(string file)
    {
        var root = Path.GetDirectoryName(file)!;
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (SolutionExtensions.Contains(extension))
        {
            return new ScanTarget(root, EntryKind.Solution, [file]);
        }

        if (extension == ".csproj")
        {
            return new ScanTarget(root, EntryKind.Project, [file]);
        }

        throw new ScanInputException(
            $"not a solution (.sln, .slnx), C# project (.csproj) or folder: {file}; give the solution or project, or the folder that holds them ({root})");
    }

    /// <summary>A folder: its solution if it has one at the top (.slnx preferred, then by name), else its project,
    /// else every project below it.</summary>
    private static ScanTarget FromFolder(string folder)
    {
        foreach (var extension in SolutionExtensions)
        {
            var solutions = TopLevel(folder, "*" + extension);
            if (solutions.Count > 0)
            {
                return new ScanTarget(folder, EntryKind.Solution, [solutions[0]]);
            }
        }

        var projects = TopLevel(folder, "*.csproj");
        if (projects.Count > 0)
        {
            return new ScanTarget(folder, EntryKind.Project, [projects[0]]);
        }

        return new ScanTarget(folder, EntryKind.ProjectsInFolder, SourceTree.Files(folder, "*.csproj"));
    }

    private static List<string> TopLevel(string folder, string pattern) =>
        [.. Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal)];
}
