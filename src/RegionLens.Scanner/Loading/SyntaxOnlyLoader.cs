using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RegionLens.Scanner.Discovery;

namespace RegionLens.Scanner.Loading;

/// <summary>
/// Reads a project without MSBuild: its C# files parsed into a compilation over the framework's own assemblies.
/// Framework types still bind; package types do not, and the extractors recognise those by shape.
/// </summary>
internal static class SyntaxOnlyLoader
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> FrameworkReferences = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Order(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path))]);

    public static LoadedProject Load(string projectFile)
    {
        var folder = Path.GetDirectoryName(projectFile)!;
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = SourceTree.Files(folder, "*.cs")
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path))
            .ToList();
        var outputKind = IsExecutableProject(projectFile) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
        var compilation = CSharpCompilation.Create(Path.GetFileNameWithoutExtension(projectFile), trees, FrameworkReferences.Value,
            new CSharpCompilationOptions(outputKind));
        return new LoadedProject(projectFile, Path.GetFileNameWithoutExtension(projectFile), outputKind == OutputKind.ConsoleApplication,
            ProjectReferences(projectFile), compilation, trees, SyntaxOnly: true);
    }

    private static bool IsExecutableProject(string projectFile)
    {
        var project = TryLoad(projectFile);
        if (project is null)
        {
            return false;
        }

        var sdk = project.Root?.Attribute("Sdk")?.Value ?? string.Empty;
        var outputType = project.Descendants("OutputType").LastOrDefault()?.Value ?? string.Empty;
        return outputType.Equals("Exe", StringComparison.OrdinalIgnoreCase) || outputType.Equals("WinExe", StringComparison.OrdinalIgnoreCase)
            || sdk.StartsWith("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase) || sdk.StartsWith("Microsoft.NET.Sdk.Worker", StringComparison.OrdinalIgnoreCase);
    }

    private static IReadOnlyList<string> ProjectReferences(string projectFile)
    {
        var folder = Path.GetDirectoryName(projectFile)!;
        return [.. (TryLoad(projectFile)?.Descendants("ProjectReference") ?? [])
            .Select(reference => reference.Attribute("Include")?.Value)
            .OfType<string>()
            .Select(include => Path.GetFullPath(Path.Combine(folder, include.Replace('\\', Path.DirectorySeparatorChar))))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    private static XDocument? TryLoad(string projectFile)
    {
        try
        {
            return XDocument.Load(projectFile);
        }
        catch (Exception e) when (e is System.Xml.XmlException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
