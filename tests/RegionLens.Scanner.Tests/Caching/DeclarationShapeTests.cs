using Microsoft.CodeAnalysis.CSharp;
using RegionLens.Scanner.Caching;

namespace RegionLens.Scanner.Tests.Caching;

/// <summary>Which edits keep a file's declaration shape (no other file can bind differently) and which change it.</summary>
public sealed class DeclarationShapeTests
{
    private const string Before = """
        public class C
        {
            private const string Host = "a.example.com";
            private readonly string _url = "https://" + Host;
            public const string Region = "us-east-1";
            public string Url => _url;
            public void M(string r = "x") { var y = 1; }
            string Unmarked = "u";
        }
        """;

    [Theory]
    [InlineData("var y = 1;", "var y = 2; System.Console.WriteLine(y);")]
    [InlineData("\"a.example.com\"", "\"b.example.com\"")]
    [InlineData("\"https://\" + Host", "\"http://\" + Host")]
    [InlineData("public string Url => _url;", "public string Url => _url + \"/\";")]
    [InlineData("\"u\"", "\"v\"")]
    [InlineData("    public void M", "    // a comment\n    public void M")]
    public void AnEditInsideBodiesOrFileLocalInitializersKeepsTheShape(string from, string to) =>
        Assert.Equal(Shape(Before), Shape(Before.Replace(from, to, StringComparison.Ordinal)));

    [Theory]
    [InlineData("\"us-east-1\"", "\"eu-west-1\"")]
    [InlineData("string r = \"x\"", "string r = \"y\"")]
    [InlineData("public void M(string r", "public void M(int r")]
    [InlineData("public class C", "public partial class C")]
    [InlineData("private readonly string _url", "private protected readonly string _url")]
    [InlineData("public const string Region = \"us-east-1\";", "public const string Region = Host;")]
    public void AnEditToWhatOtherFilesCanSeeChangesTheShape(string from, string to) =>
        Assert.NotEqual(Shape(Before), Shape(Before.Replace(from, to, StringComparison.Ordinal)));

    [Fact]
    public void APrivateConstantThatAPublicOneCarriesOutIsPartOfTheShape()
    {
        const string carried = "public class C { private const string Home = \"us-east-1\"; public const string Region = Home; }";
        Assert.NotEqual(Shape(carried), Shape(carried.Replace("us-east-1", "eu-west-1", StringComparison.Ordinal)));
    }

    private static string Shape(string source) => DeclarationShape.Of(CSharpSyntaxTree.ParseText(source).GetRoot());
}
