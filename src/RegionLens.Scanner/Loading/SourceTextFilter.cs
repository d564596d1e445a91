using Microsoft.CodeAnalysis;

namespace RegionLens.Scanner.Loading;

/// <summary>Source trees that are made on demand and can show a file's text before its tree is made, so that a reader
/// that wants only the files whose text holds something parses only those.</summary>
internal interface ITextFilterableTrees
{
    /// <summary>The trees, in order, of the files whose text <paramref name="mayMatter"/> accepts.</summary>
    IEnumerable<SyntaxTree> WhereText(Func<string, bool> mayMatter);
}

/// <summary>A project's source trees whose text passes a cheap test, made only for those when they are made on demand.</summary>
internal static class SourceTextFilter
{
    public static IEnumerable<SyntaxTree> Where(IReadOnlyList<SyntaxTree> trees, Func<string, bool> mayMatter) =>
        trees is ITextFilterableTrees onDemand ? onDemand.WhereText(mayMatter) : trees.Where(tree => mayMatter(tree.GetText().ToString()));
}
