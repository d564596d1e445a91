using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RegionLens.Scanner.Caching;

/// <summary>
/// A hash of what a C# file declares for other files to bind against: its tokens without method, accessor, local
/// function and top-level-statement bodies (nothing outside can bind to anything inside them). Initializers,
/// attributes, enum values and parameter defaults stay in, because another file can read them (a constant is folded
/// into its users). One exception: the initializer of a private field of a type that is not partial is visible to its
/// own file only, so it is left out too, unless the field's name shows in what remains (a public constant or a
/// parameter default built from it would carry its value out). The file's own document is analysed again on any edit.
/// </summary>
internal static class DeclarationShape
{
    public static string Of(SyntaxNode root)
    {
        // Left out at first: every file-local field's initializer. One whose field is named by what remains is put back
        // (and with it what its own initializer names), until nothing left out is named.
        var leftOut = root.DescendantNodes(node => !IsBody(node)).OfType<VariableDeclaratorSyntax>()
            .Where(d => d.Initializer is not null && IsFileLocalField(d)).ToHashSet();
        var declared = leftOut.Select(d => d.Identifier.SpanStart).ToHashSet();
        List<SyntaxToken> tokens;
        while (true)
        {
            tokens = [];
            Collect(root, tokens, leftOut);
            var named = tokens.Where(t => t.IsKind(SyntaxKind.IdentifierToken) && !declared.Contains(t.SpanStart)).Select(t => t.ValueText)
                .ToHashSet(StringComparer.Ordinal);
            if (leftOut.RemoveWhere(d => named.Contains(d.Identifier.ValueText)) == 0)
            {
                break;
            }
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var token in tokens)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(token.IsKind(SyntaxKind.None)
                ? "{body}\n"
                : ((int)token.Kind()).ToString(CultureInfo.InvariantCulture) + ":" + token.Text + "\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The shape's tokens; a left-out body is a default token, so that its presence stays in the shape (a
    /// method with a body from one without).</summary>
    private static void Collect(SyntaxNode node, List<SyntaxToken> tokens, HashSet<VariableDeclaratorSyntax> leftOut)
    {
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.IsToken)
            {
                tokens.Add(child.AsToken());
            }
            else if (child.AsNode() is { } inner)
            {
                if (IsBody(inner))
                {
                    tokens.Add(default);
                }
                else if (!(inner is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } && leftOut.Contains(declarator)))
                {
                    Collect(inner, tokens, leftOut);
                }
            }
        }
    }

    /// <summary>Code that runs, as opposed to what it declares.</summary>
    private static bool IsBody(SyntaxNode node) => node switch
    {
        BlockSyntax or ArrowExpressionClauseSyntax => node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax
            or LocalFunctionStatementSyntax or BasePropertyDeclarationSyntax,
        GlobalStatementSyntax => true,
        _ => false,
    };

    /// <summary>A private field (not <c>private protected</c>, which derived types elsewhere see) of a class, struct or
    /// record none of whose enclosing types is partial: only this file can name it.</summary>
    private static bool IsFileLocalField(VariableDeclaratorSyntax declarator) =>
        declarator.Parent?.Parent is FieldDeclarationSyntax { Parent: ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax } field
        && !field.Modifiers.Any(m => m.Kind() is SyntaxKind.PublicKeyword or SyntaxKind.InternalKeyword or SyntaxKind.ProtectedKeyword)
        && field.Ancestors().OfType<TypeDeclarationSyntax>().All(type => !type.Modifiers.Any(SyntaxKind.PartialKeyword));
}
