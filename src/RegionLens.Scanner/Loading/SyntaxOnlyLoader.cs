using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Loading.ProjectData;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Loading;

/// <summary>
/// Reads a project without MSBuild: its C# files parsed into a compilation over the framework's own assemblies.
/// Framework types still bind; package types do not, and the extractors recognise those by shape.
/// </summary>
internal static class SyntaxOnlyLoader
{
    /// <summary>The framework assemblies this process runs on; also the data loader's fallback when no reference pack fits.</summary>
    internal static readonly Lazy<IReadOnlyList<string>> HostFrameworkAssemblies = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Order(StringComparer.Ordinal)]);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> FrameworkReferences = new(() =>
        [.. HostFrameworkAssemblies.Value.Select(path => MetadataReference.CreateFromFile(path))]);

    // The global usings the .NET SDK generates for <ImplicitUsings>enable</ImplicitUsings> in a Microsoft.NET.Sdk project.
    private static readonly string ImplicitUsings = GlobalUsings.ImplicitSource("Microsoft.NET.Sdk");

    public static LoadedProject Load(string projectFile, Notifications notifications)
    {
        var folder = Path.GetDirectoryName(projectFile)!;
        var parseOptions = ExtractionParseOptions.WithoutNullableAnalysis(new CSharpParseOptions(LanguageVersion.Latest));
        var trees = OwnSourceFiles(folder)
            .Select(path => Parse(path, parseOptions, notifications))
            .OfType<SyntaxTree>()
            .ToList();
        // The project file is read once, for every setting taken from it.
        var project = TryLoad(projectFile);
        var compiledTrees = UsesImplicitUsings(project)
            ? [.. trees, CSharpSyntaxTree.ParseText(ImplicitUsings, parseOptions, Path.Combine(folder, "obj", "RegionLens.GlobalUsings.g.cs"))]
            : trees;
        var outputKind = IsExecutableProject(project) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
        var compilation = CSharpCompilation.Create(Path.GetFileNameWithoutExtension(projectFile), compiledTrees, FrameworkReferences.Value,
            new CSharpCompilationOptions(outputKind));
        return new LoadedProject(projectFile, Path.GetFileNameWithoutExtension(projectFile), outputKind == OutputKind.ConsoleApplication,
            ProjectReferences(projectFile, project), compilation, trees, SyntaxOnly: true);
    }

    /// <summary>A project as its project file describes it, with no sources and an empty compilation: enough for its
    /// configuration, its deployments and its place among components, without parsing any C#.</summary>
    public static LoadedProject LoadProjectFileOnly(string projectFile)
    {
        var project = TryLoad(projectFile);
        var executable = IsExecutableProject(project);
        var compilation = CSharpCompilation.Create(Path.GetFileNameWithoutExtension(projectFile), [], [],
            new CSharpCompilationOptions(executable ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary));
        return new LoadedProject(projectFile, Path.GetFileNameWithoutExtension(projectFile), executable,
            ProjectReferences(projectFile, project), compilation, [], SyntaxOnly: true);
    }

    /// <summary>The C# files below the project's folder, leaving out those of other projects nested inside it.</summary>
    private static IEnumerable<string> OwnSourceFiles(string folder)
    {
        var nestedProjectFolders = SourceTree.Files(folder, "*.csproj")
            .Select(path => Path.GetDirectoryName(path)! + Path.DirectorySeparatorChar)
            .Where(nested => nested.Length > folder.Length + 1)
            .ToList();
        return SourceTree.Files(folder, "*.cs")
            .Where(path => !nestedProjectFolders.Any(nested => path.StartsWith(nested, StringComparison.Ordinal)));
    }

    private static SyntaxTree? Parse(string path, CSharpParseOptions options, Notifications notifications) =>
        CSharpSourceFile.Parse(path, options, notifications);

    private static bool IsExecutableProject(XDocument? project)
    {
        if (project is null)
        {
            return false;
        }

        var sdk = project.Root?.Attribute("Sdk")?.Value ?? string.Empty;
        var outputType = project.Descendants("OutputType").LastOrDefault()?.Value ?? string.Empty;
        return outputType.Equals("Exe", StringComparison.OrdinalIgnoreCase) || outputType.Equals("WinExe", StringComparison.OrdinalIgnoreCase)
            || sdk.StartsWith("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase) || sdk.StartsWith("Microsoft.NET.Sdk.Worker", StringComparison.OrdinalIgnoreCase);
    }

    private static bool UsesImplicitUsings(XDocument? project) =>
        project?.Descendants("ImplicitUsings").LastOrDefault()?.Value.Trim() is "enable" or "true";

    private static IReadOnlyList<string> ProjectReferences(string projectFile, XDocument? project)
    {
        var folder = Path.GetDirectoryName(projectFile)!;
        return [.. (project?.Descendants("ProjectReference") ?? [])
            .Select(reference => reference.Attribute("Include")?.Value)
            .OfType<string>()
            .Select(include => Path.GetFullPath(Path.Combine(folder, include.Replace('\\', Path.DirectorySeparatorChar))))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    private static XDocument? TryLoad(string projectFile) => SafeXml.TryLoad(projectFile);
}
