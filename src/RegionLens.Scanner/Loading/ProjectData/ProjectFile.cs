namespace RegionLens.Scanner.Loading.ProjectData;

/// <summary>A <c>&lt;Using&gt;</c> item: a namespace (or a type, with <see cref="Static"/>) imported into every file.</summary>
internal sealed record UsingItem(string Name, string? Alias, bool Static);

/// <summary>What a project file says, read as data: the settings that shape its compilation and the items that
/// name its sources and references. Paths are absolute.</summary>
internal sealed record ProjectFile(
    string FilePath,
    string Sdk,
    string? TargetFramework,
    string? OutputType,
    string AssemblyName,
    string? RootNamespace,
    string? LangVersion,
    string? Nullable,
    bool ImplicitUsings,
    IReadOnlyList<string> DefineConstants,
    bool AllowUnsafeBlocks,
    bool EnableDefaultCompileItems,
    IReadOnlyList<string> CompileIncludes,
    IReadOnlyList<string> CompileRemoves,
    IReadOnlyList<string> ProjectReferences,
    IReadOnlyList<string> FrameworkReferences,
    IReadOnlyList<UsingItem> Usings,
    IReadOnlyList<string> RemovedUsings,
    string IntermediateFolder,
    string OutputFolder)
{
    public string Folder => Path.GetDirectoryName(FilePath)!;
}
