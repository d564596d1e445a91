using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// Tells whether a syntax node binds to an AWS SDK member. When the project's packages were not restored the
/// symbol is missing; then the node is accepted by the shape of its names and marked <see cref="Confidence.Syntactic"/>.
/// </summary>
internal static class AwsSdkSymbols
{
    /// <summary>Null when the node binds to something that is not the wanted member.</summary>
    public static Confidence? Match(SemanticModel model, SyntaxNode node, System.Func<ISymbol, bool> isWanted, System.Func<bool> shapeMatches)
    {
        var symbol = model.GetSymbolInfo(node).Symbol;
        if (symbol is not null)
        {
            return isWanted(symbol) ? Confidence.Semantic : null;
        }

        return shapeMatches() ? Confidence.Syntactic : null;
    }

    public static bool IsRegionEndpoint(ITypeSymbol? type) =>
        type is { Name: "RegionEndpoint" } && type.ContainingNamespace?.ToDisplayString() == "Amazon";

    /// <summary><c>Amazon.Runtime.ClientConfig</c> or a service config derived from it (<c>AmazonDynamoDBConfig</c>).</summary>
    public static bool IsClientConfig(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "ClientConfig" && current.ContainingNamespace?.ToDisplayString() == "Amazon.Runtime")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The rightmost simple name of a type or receiver expression: <c>RegionEndpoint</c> for <c>Amazon.RegionEndpoint</c>.</summary>
    public static string LastName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.Text,
        MemberAccessExpressionSyntax member => member.Name.Identifier.Text,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.Text,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.Text,
        GenericNameSyntax generic => generic.Identifier.Text,
        _ => string.Empty,
    };
}
