using System.Xml;

namespace RegionLens.Scanner.Loading.ProjectData;

/// <summary>
/// The C# projects a solution lists, read as text (<c>.sln</c>) or XML (<c>.slnx</c>): nothing in the solution is
/// evaluated, so solution-level MSBuild files are never imported.
/// </summary>
internal static class SolutionFileReader
{
    /// <exception cref="XmlException">A <c>.slnx</c> that is not well-formed XML.</exception>
    /// <exception cref="IOException">The solution cannot be read.</exception>
    public static IReadOnlyList<string> CSharpProjects(string solutionFile)
    {
        var folder = Path.GetDirectoryName(solutionFile)!;
        var paths = Path.GetExtension(solutionFile).Equals(".slnx", StringComparison.OrdinalIgnoreCase)
            ? SlnxProjectPaths(solutionFile)
            : SlnProjectPaths(solutionFile);
        return [.. paths
            .Where(path => path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            .Select(path => Path.GetFullPath(Path.Combine(folder, path.Replace('\\', Path.DirectorySeparatorChar))))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> SlnxProjectPaths(string solutionFile) =>
        SafeXml.Load(solutionFile).Descendants()
            .Where(element => element.Name.LocalName == "Project")
            .Select(element => element.Attribute("Path")?.Value)
            .OfType<string>();

    /// <summary>A project line is <c>Project("{type}") = "Name", "relative\path.csproj", "{id}"</c>: the path is the
    /// second quoted value after the equals sign.</summary>
    private static IEnumerable<string> SlnProjectPaths(string solutionFile)
    {
        foreach (var line in File.ReadLines(solutionFile))
        {
            var trimmed = line.TrimStart();
            var equals = trimmed.IndexOf('=', StringComparison.Ordinal);
            if (!trimmed.StartsWith("Project(", StringComparison.Ordinal) || equals < 0)
            {
                continue;
            }

            var values = trimmed[(equals + 1)..].Split('"');
            // "Name", "path", "{id}" splits into: leading text, Name, ", ", path, ...
            if (values.Length > 3)
            {
                yield return values[3].Trim();
            }
        }
    }
}
