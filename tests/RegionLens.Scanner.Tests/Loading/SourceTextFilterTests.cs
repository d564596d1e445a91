using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RegionLens.Scanner.Caching;
using RegionLens.Scanner.Loading;

namespace RegionLens.Scanner.Tests.Loading;

/// <summary>The trees a warm scan makes on demand are filtered on their text before they are parsed, and give what
/// filtering the made trees gives.</summary>
public sealed class SourceTextFilterTests
{
    private static readonly CSharpParseOptions Options = CSharpParseOptions.Default;

    [Fact]
    public void OnlyTheFilesWhoseTextPassesAreParsedAndTheyKeepTheirOrder()
    {
        using var tree = new TempTree();
        var paths = new[]
        {
            tree.Write("A.cs", "class A { const string Table = \"orders-table\"; }"),
            tree.Write("B.cs", "class B { const string Other = \"payments\"; }"),
            tree.Write("C.cs", "class C { string S = \"orders-\\u0074able\"; }"),
            tree.Write("D.cs", "class D { string S = \"orders-table\"; }"),
        };
        // B and D are kept as their literals, as a warm scan keeps unchanged files; A and C are parsed from disk.
        var facts = new Dictionary<string, FileFacts>(StringComparer.Ordinal)
        {
            [paths[1]] = FileFacts.Of(CSharpSyntaxTree.ParseText(File.ReadAllText(paths[1]), Options, paths[1])),
            [paths[3]] = FileFacts.Of(CSharpSyntaxTree.ParseText(File.ReadAllText(paths[3]), Options, paths[3])),
        };
        var tested = new List<string>();

        var found = new LazySourceTrees(paths, Options, tree.Root, facts).WhereText(text =>
        {
            lock (tested)
            {
                tested.Add(text);
            }

            return text.Contains("orders-table", StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal);
        }).ToList();

        Assert.Equal([paths[0], paths[2], paths[3]], found.Select(t => t.FilePath));
        Assert.Equal(4, tested.Count);
        // D's tree is the literal-only stand-in: the literal at its line and column, nothing else of the class.
        Assert.Equal(new string(' ', 21) + "\"orders-table\";", found[2].GetText().ToString());
        Assert.Equal("orders-table", found[2].GetRoot().DescendantTokens().Single(t => t.IsKind(SyntaxKind.StringLiteralToken)).ValueText);
    }

    [Fact]
    public void TreesAlreadyMadeAreFilteredAsTheyAre()
    {
        using var tree = new TempTree();
        var paths = new[] { tree.Write("A.cs", "class A { }"), tree.Write("B.cs", "class B { string S = \"orders\"; }") };
        var trees = new LazySourceTrees(paths, Options, tree.Root, new Dictionary<string, FileFacts>(StringComparer.Ordinal));
        Assert.Equal(2, trees.Count);

        var found = trees.WhereText(text => text.Contains("orders", StringComparison.Ordinal)).ToList();

        Assert.Same(trees[1], Assert.Single(found));
    }

    [Fact]
    public void TreesThatAreNotMadeOnDemandAreFilteredOnTheirText()
    {
        var trees = new[] { CSharpSyntaxTree.ParseText("class A { }", Options, "A.cs"), CSharpSyntaxTree.ParseText("class B { string S = \"orders\"; }", Options, "B.cs") };

        var found = SourceTextFilter.Where(trees, text => text.Contains("orders", StringComparison.Ordinal)).ToList();

        Assert.Equal("B.cs", Assert.Single(found).FilePath);
    }
}
