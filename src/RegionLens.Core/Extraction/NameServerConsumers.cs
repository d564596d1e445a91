using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RegionLens.Core.Extraction;

/// <summary>
/// Walks from an address expression up to the DnsClient holder that takes it as a name server, through the shapes
/// <see cref="NameServerSources"/> walks down. An address found this way is reported once, as a resolver of that
/// holder, rather than a second time as a bare IP address.
/// </summary>
internal static class NameServerConsumers
{
    private const int MaxDepth = 4;

    /// <summary>The outermost holder that takes <paramref name="expression"/> as a name server; null when none does.</summary>
    public static SyntaxNode? Of(SyntaxNode expression, SemanticModel model) => Of(expression, model, 0);

    private static SyntaxNode? Of(SyntaxNode node, SemanticModel model, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (node.Parent)
        {
            case ParenthesizedExpressionSyntax parent:
                return Of(parent, model, depth);
            case PostfixUnaryExpressionSyntax parent when parent.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                return Of(parent, model, depth);
            case InitializerExpressionSyntax parent when parent.IsKind(SyntaxKind.ArrayInitializerExpression):
                return Of(parent, model, depth);
            case ArrayCreationExpressionSyntax parent when parent.Initializer == node:
                return Of(parent, model, depth);
            case ImplicitArrayCreationExpressionSyntax parent:
                return Of(parent, model, depth);
            case ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection }:
                return Of(collection, model, depth);
            case ArgumentSyntax { Parent: BaseArgumentListSyntax { Parent: { } call } list } argument:
                return Taking(call, list.Arguments.IndexOf(argument), model, depth);
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                return AddressVariables.ReadsOf(declarator, model)
                    .Select(read => Of(read, model, depth + 1))
                    .FirstOrDefault(holder => holder is not null);
            default:
                return null;
        }
    }

    private static SyntaxNode? Taking(SyntaxNode call, int index, SemanticModel model, int depth)
    {
        if (index == 0 && NetworkSymbols.IsEndPointCreation(call, model))
        {
            return Of(call, model, depth);
        }

        return DnsClientSymbols.TakesNameServerAt(call, index, model) ? Of(call, model, depth) ?? call : null;
    }
}
