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
    : IReadOnlyList<SyntaxTree>, ITextFilterableTrees
{
    private readonly Lazy<List<SyntaxTree>> _trees = new(() =>
        [.. paths.AsParallel().AsOrdered().Select(path => Make(path, options, root, facts)).OfType<SyntaxTree>()]);

    public int Count => _trees.Value.Count;

    public SyntaxTree this[int index] => _trees.Value[index];

    public IEnumerator<SyntaxTree> GetEnumerator() => _trees.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A file kept as its literals is tested on the literal-only text its tree would be parsed from, and
    /// parsed only when that passes; any other file is parsed first, since its text is what parsing decodes.</summary>
    public IEnumerable<SyntaxTree> WhereText(Func<string, bool> mayMatter) =>
        _trees.IsValueCreated
            ? _trees.Value.Where(tree => mayMatter(tree.GetText().ToString()))
            : paths.AsParallel().AsOrdered().Select(path => MakeIf(path, mayMatter)).OfType<SyntaxTree>().ToList();

    private SyntaxTree? MakeIf(string path, Func<string, bool> mayMatter)
    {
        if (LiteralText(path, facts) is { } text)
        {
            return mayMatter(text) ? CSharpSyntaxTree.ParseText(text, options, path) : null;
        }

        return Make(path, options, root, facts) is { } tree && mayMatter(tree.GetText().ToString()) ? tree : null;
    }

    private static string? LiteralText(string path, IReadOnlyDictionary<string, FileFacts> facts) =>
        facts.TryGetValue(path, out var known) && known.Literals is { } literals ? LiteralOnlySource.Text(literals) : null;

    public static CSharpParseOptions Options(ProjectRecord project) =>
        ExtractionParseOptions.WithoutNullableAnalysis(
            new(LanguageVersionFacts.TryParse(project.LanguageVersion, out var version) ? version
                    : throw new ArgumentException($"unknown language version '{project.LanguageVersion}'", nameof(project)),
                DocumentationMode.Parse, preprocessorSymbols: project.PreprocessorSymbols));

    private static SyntaxTree? Make(string path, CSharpParseOptions options, string root, IReadOnlyDictionary<string, FileFacts> facts) =>
        LiteralText(path, facts) is { } text
            ? CSharpSyntaxTree.ParseText(text, options, path)
            // The file is unchanged since it was parsed; what parsing it tells is already among the kept notifications.
            : CSharpSourceFile.Parse(path, options, new Notifications(root));
}
