using System.Xml;
using System.Xml.Linq;

namespace RegionLens.Scanner.Loading.ProjectData;

/// <summary>Reads a <c>.csproj</c> (and the plain properties of the <c>Directory.Build.props</c> above it) as data.
/// Nothing is imported, evaluated or run: <c>.targets</c> files, tasks and conditions are ignored.</summary>
internal static class ProjectFileReader
{
    private const string DefaultSdk = "Microsoft.NET.Sdk";

    /// <exception cref="XmlException">The project is not well-formed XML or declares a DTD (the exception has the line).</exception>
    /// <exception cref="IOException">The project cannot be read.</exception>
    public static ProjectFile Read(string projectFile, string scanRoot)
    {
        var document = SafeXml.Load(projectFile);
        var folder = Path.GetDirectoryName(projectFile)!;
        var properties = new PlainProperties();
        properties.ReadFrom(ReservedProperties(projectFile));
        foreach (var props in BuildPropsFiles.For(folder, scanRoot))
        {
            properties.ReadFrom(props);
        }

        properties.ReadFrom(document);
        var items = new ProjectItems(document, properties, folder);
        var sdk = SdkOf(document.Root);
        var outputType = properties["OutputType"] ?? (IsApplicationSdk(sdk) ? "Exe" : null);
        return new ProjectFile(
            projectFile,
            sdk ?? DefaultSdk,
            FirstTargetFramework(properties),
            outputType,
            NonEmpty(properties["AssemblyName"]) ?? Path.GetFileNameWithoutExtension(projectFile),
            NonEmpty(properties["RootNamespace"]),
            NonEmpty(properties["LangVersion"]),
            NonEmpty(properties["Nullable"]),
            IsTrue(properties["ImplicitUsings"]) || string.Equals(properties["ImplicitUsings"], "enable", StringComparison.OrdinalIgnoreCase),
            DefineConstants(properties["DefineConstants"]),
            IsTrue(properties["AllowUnsafeBlocks"]),
            // Old-style projects (no SDK) list every file; SDK projects glob unless told not to.
            sdk is not null && !IsFalse(properties["EnableDefaultCompileItems"]) && !IsFalse(properties["EnableDefaultItems"]),
            items.Includes("Compile"),
            items.Removes("Compile"),
            items.Paths("ProjectReference"),
            items.Names("FrameworkReference"),
            items.Usings(),
            items.Removes("Using"),
            FolderProperty(properties["BaseIntermediateOutputPath"], folder, "obj"),
            FolderProperty(properties["BaseOutputPath"], folder, "bin"));
    }

    /// <summary>The SDK of <c>&lt;Project Sdk="…"&gt;</c>, <c>&lt;Sdk Name="…"/&gt;</c> or <c>&lt;Import Sdk="…"/&gt;</c>, without a version.</summary>
    private static string? SdkOf(XElement? project)
    {
        var named = project?.Attribute("Sdk")?.Value
            ?? project?.Elements().FirstOrDefault(e => e.Name.LocalName == "Sdk")?.Attribute("Name")?.Value
            ?? project?.Elements().FirstOrDefault(e => e.Name.LocalName == "Import")?.Attribute("Sdk")?.Value;
        var first = named?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return first?.Split('/')[0].Trim();
    }

    /// <summary>The Web and Worker SDKs make an executable unless the project says otherwise.</summary>
    private static bool IsApplicationSdk(string? sdk) =>
        sdk is not null && (sdk.Equals("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase) || sdk.Equals("Microsoft.NET.Sdk.Worker", StringComparison.OrdinalIgnoreCase));

    /// <summary>A multi-targeted project is read for its first framework, as the MSBuild path keeps one of them.</summary>
    private static string? FirstTargetFramework(PlainProperties properties) =>
        NonEmpty(properties["TargetFramework"])
        ?? properties["TargetFrameworks"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();

    /// <summary>The project's own symbols; DEBUG, TRACE and the framework's are added when the compilation is built.</summary>
    private static IReadOnlyList<string> DefineConstants(string? value) =>
        [.. (value ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static XDocument ReservedProperties(string projectFile)
    {
        var folder = Path.GetDirectoryName(projectFile)!;
        return new XDocument(new XElement("Project", new XElement("PropertyGroup",
            new XElement("MSBuildProjectName", Path.GetFileNameWithoutExtension(projectFile)),
            new XElement("MSBuildProjectFile", Path.GetFileName(projectFile)),
            new XElement("MSBuildProjectFullPath", projectFile),
            new XElement("MSBuildProjectDirectory", folder),
            new XElement("MSBuildThisFileDirectory", folder + Path.DirectorySeparatorChar))));
    }

    private static string FolderProperty(string? value, string projectFolder, string fallback) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(projectFolder, (NonEmpty(value) ?? fallback).Replace('\\', Path.DirectorySeparatorChar))));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static bool IsFalse(string? value) => string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
}
