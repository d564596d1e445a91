using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Extraction;

namespace RegionLens.Scanner.Caching;

/// <summary>
/// What a C# file offers other files, read from its syntax, so that a re-scan can tell whether an edit to it can
/// change another document's result:
/// <list type="bullet">
/// <item><see cref="Shape"/>, a hash of its tokens with every method, accessor and top-level-statement body left
/// out. The compiler binds other files against declarations only, so an edit that keeps the shape changes no other
/// file's symbols; initializers, attributes, enum values and parameter defaults stay in, as the value resolver reads
/// them directly.</item>
/// <item><see cref="CalledNames"/>, the names under which the call-site index files its calls.</item>
/// <item><see cref="HasBindingCalls"/>, whether it holds a call the options-binding search binds.</item>
/// <item><see cref="Literals"/>, its string literals, for the later stage that reads them (see <see cref="LiteralOnlySource"/>).</item>
/// </list>
/// </summary>
internal sealed record FileFacts(string Shape, IReadOnlyList<string> CalledNames, bool HasBindingCalls, IReadOnlyList<LiteralRecord>? Literals)
{
    public static FileFacts Of(SyntaxTree tree)
    {
        var root = tree.GetRoot();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendShape(root, hash);
        var names = CallSiteIndex.CalledNames(tree).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new FileFacts(Convert.ToHexStringLower(hash.GetHashAndReset()), names, OptionsBindings.HasBindingCalls(tree), LiteralOnlySource.Of(tree));
    }

    private static void AppendShape(SyntaxNode node, IncrementalHash hash)
    {
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.IsToken)
            {
                var token = child.AsToken();
                hash.AppendData(Encoding.UTF8.GetBytes(((int)token.Kind()).ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + token.Text + "\n"));
            }
            else if (child.AsNode() is { } inner)
            {
                if (IsBody(inner))
                {
                    // The body's presence stays in the shape (a method with a body from one without), never its text.
                    hash.AppendData("{body}\n"u8);
                }
                else
                {
                    AppendShape(inner, hash);
                }
            }
        }
    }

    /// <summary>Code that runs, as opposed to what it declares: no other file can bind to anything inside it.</summary>
    private static bool IsBody(SyntaxNode node) => node switch
    {
        BlockSyntax or ArrowExpressionClauseSyntax => node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax
            or LocalFunctionStatementSyntax or BasePropertyDeclarationSyntax,
        GlobalStatementSyntax => true,
        _ => false,
    };
}
