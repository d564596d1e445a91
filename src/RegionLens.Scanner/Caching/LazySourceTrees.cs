using System.Collections;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RegionLens.Scanner.Loading;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Caching;

/// <summary>A project's source trees when its extraction came from the cache: no stage after extraction binds them,
/// and only one reads their syntax (data-store names in string literals), so they are parsed, with the options the
/// project was parsed with, the first time anything reads them, and never when nothing does.</summary>
internal sealed class LazySourceTrees(IReadOnlyList<string> paths, CSharpParseOptions options, string root) : IReadOnlyList<SyntaxTree>
{
    private readonly Lazy<List<SyntaxTree>> _trees = new(() =>
        // The files are unchanged since they were parsed; what parsing them tells is already among the kept notifications.
        [.. paths.AsParallel().AsOrdered().Select(path => CSharpSourceFile.Parse(path, options, new Notifications(root))).OfType<SyntaxTree>()]);

    public int Count => _trees.Value.Count;

    public SyntaxTree this[int index] => _trees.Value[index];

    public IEnumerator<SyntaxTree> GetEnumerator() => _trees.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public static CSharpParseOptions Options(ProjectRecord project) =>
        new(Enum.Parse<LanguageVersion>(project.LanguageVersion), DocumentationMode.Parse, preprocessorSymbols: project.PreprocessorSymbols);
}
