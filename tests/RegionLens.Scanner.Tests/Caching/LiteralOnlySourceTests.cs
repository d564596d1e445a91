using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RegionLens.Scanner.Caching;

namespace RegionLens.Scanner.Tests.Caching;

/// <summary>The stand-in tree a cached file gives the data-store search has the file's string literal tokens (plain,
/// verbatim, raw and UTF-8; the search reads plain and verbatim ones), of the same kinds, at the same lines and columns,
/// and no others.</summary>
public sealed class LiteralOnlySourceTests
{
    [Theory]
    [InlineData("class C { string a = \"ledger\", b = \"orders\"; void M() { F(\"x\",\"y\"); } }")]
    [InlineData("class C {\r\n  string a = @\"multi\r\nline \"\"quoted\"\" text\";  string b = \"after\";\r\n}\r\n")]
    [InlineData("class C {\n  string a = \"\"\"\n    raw \"text\"\n    \"\"\"; string b = \"ledger-table\";\n  byte[] u = \"utf8\"u8.ToArray();\n}\n")]
    [InlineData("class C {\n#if NEVER\n  string hidden = \"not-a-token\";\n#endif\n  string shown = $\"{x}interp\" + \"plain\";\n  char c = 'q';\n}\n")]
    [InlineData("var s = \"top\";\nSystem.Console.WriteLine(\"level\"); // \"comment\"\n/* \"block\" */ var t = \"\\\"escaped\\\"\";\n")]
    [InlineData("")]
    public void TheStandInHasTheSameLiteralTokensAtTheSamePlaces(string source)
    {
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var real = CSharpSyntaxTree.ParseText(source, options, "/src/File.cs");
        var text = LiteralOnlySource.Text(LiteralOnlySource.Of(real));

        Assert.NotNull(text);
        var standIn = CSharpSyntaxTree.ParseText(text, options, "/src/File.cs");
        Assert.Equal(Literals(real), Literals(standIn));
    }

    private static List<string> Literals(SyntaxTree tree) =>
    [
        .. tree.GetRoot().DescendantTokens()
            .Where(t => t.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.Utf8StringLiteralToken or SyntaxKind.SingleLineRawStringLiteralToken
                or SyntaxKind.MultiLineRawStringLiteralToken)
            .Select(t => $"{t.Kind()} {t.GetLocation().GetLineSpan().StartLinePosition} {t.ValueText}"),
    ];
}
