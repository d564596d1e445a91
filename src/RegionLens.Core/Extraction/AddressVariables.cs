using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RegionLens.Core.Extraction;

/// <summary>
/// Follows an address object held in a local or a read-only field (<c>var dns = IPAddress.Parse("10.0.0.2")</c>) to
/// its initializer, and from the initializer to the places that read it. <see cref="ValueResolver"/> follows strings
/// only; this follows the objects a name server is built from, within the file that declares them.
/// </summary>
internal static class AddressVariables
{
    /// <summary>The initializer of the local or read-only field that <paramref name="reference"/> reads.</summary>
    public static ExpressionSyntax? InitializerOf(ExpressionSyntax reference, SemanticModel model)
    {
        if (reference is not (IdentifierNameSyntax or MemberAccessExpressionSyntax)
            || model.GetSymbolInfo(reference).Symbol is not { } symbol || !IsStable(symbol))
        {
            return null;
        }

        return symbol.DeclaringSyntaxReferences
            .Where(declaration => declaration.SyntaxTree == model.SyntaxTree)
            .Select(declaration => (declaration.GetSyntax() as VariableDeclaratorSyntax)?.Initializer?.Value)
            .FirstOrDefault(value => value is not null);
    }

    /// <summary>Every expression of the file that reads the variable <paramref name="declarator"/> declares.</summary>
    public static IEnumerable<ExpressionSyntax> ReadsOf(VariableDeclaratorSyntax declarator, SemanticModel model)
    {
        var symbol = model.GetDeclaredSymbol(declarator);
        if (symbol is null || !IsStable(symbol))
        {
            yield break;
        }

        var name = declarator.Identifier.Text;
        foreach (var identifier in model.SyntaxTree.GetRoot().DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.Text == name && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier).Symbol, symbol))
            {
                // this.field and Type.Field are read as the whole member access.
                yield return identifier.Parent is MemberAccessExpressionSyntax member && member.Name == identifier ? member : identifier;
            }
        }
    }

    // The same declarations ValueResolver trusts: what the initializer sets is what the variable holds.
    private static bool IsStable(ISymbol symbol) => symbol switch
    {
        ILocalSymbol => true,
        IFieldSymbol field => field.IsConst || field.IsReadOnly,
        _ => false,
    };
}
