using Microsoft.CodeAnalysis;

namespace RegionLens.Scanner.Loading;

/// <summary>A C# project ready for extraction: its compilation, the source files that are its own (generated files
/// are left out), and whether it is deployed on its own (an executable) or only through the projects that reference it.</summary>
public sealed record LoadedProject(
    string FilePath,
    string Name,
    bool IsExecutable,
    IReadOnlyList<string> ProjectReferences,
    Compilation Compilation,
    IReadOnlyList<SyntaxTree> SourceTrees,
    bool SyntaxOnly);
