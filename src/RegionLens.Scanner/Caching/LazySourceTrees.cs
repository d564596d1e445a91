using System.Collections;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RegionLens.Scanner.Loading;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Caching;

/// <summary>A project's source trees when none of its results needed compiling: no stage after extraction binds them,
/// and only one reads their syntax (data-store names in string literals), so they are made the first time anything
/// reads them, and never when nothing does; each from its literals alone (<see cref="LiteralOnlySource"/>) when the
/// cache has them, else by parsing the file with the options the project was parsed with.</summary>
internal sealed class LazySourceTrees(IReadOnlyList<string> paths, CSharpParseOptions options, string root, IReadOnlyDictionary<string, FileFacts> facts)
    : IReadOnlyList<SyntaxTree>
{
    private readonly Lazy<List<SyntaxTree>> _trees = new(() =>
        [.. paths.AsParallel().AsOrdered().Select(path => Make(path, options, root, facts)).OfType<SyntaxTree>()]);

    public int Count => _trees.Value.Count;

    public SyntaxTree this[int index] => _trees.Value[index];

    public IEnumerator<SyntaxTree> GetEnumerator() => _trees.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public static CSharpParseOptions Options(ProjectRecord project) =>
        ExtractionParseOptions.WithoutNullableAnalysis(
            new(Enum.Parse<LanguageVersion>(project.LanguageVersion), DocumentationMode.Parse, preprocessorSymbols: project.PreprocessorSymbols));

    private static SyntaxTree? Make(string path, CSharpParseOptions options, string root, IReadOnlyDictionary<string, FileFacts> facts) =>
        facts.TryGetValue(path, out var known) && known.Literals is { } literals && LiteralOnlySource.Text(literals) is { } text
            ? CSharpSyntaxTree.ParseText(text, options, path)
            // The file is unchanged since it was parsed; what parsing it tells is already among the kept notifications.
            : CSharpSourceFile.Parse(path, options, new Notifications(root));
}
