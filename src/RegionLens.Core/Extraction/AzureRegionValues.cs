using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Classification;

namespace RegionLens.Core.Extraction;

/// <summary>
/// The Azure regions an expression names, in the ARM form (<c>eastus2</c>) that hostnames and the scanner use. Code
/// writes display names (<c>"East US 2"</c>, the Cosmos <c>Regions.EastUS2</c> constant); one region spelt two ways
/// must still group as one.
/// </summary>
internal static class AzureRegionValues
{
    public static IReadOnlyList<ResolvedValue> Of(ExpressionSyntax expression, SurfaceContext context)
    {
        // A list written in place is opened here, element by element, so that a collection expression or an unbound
        // Regions.X inside it is read as well as a bound one.
        if (Elements(expression) is { } elements)
        {
            return [.. elements.SelectMany(element => Of(element, context))];
        }

        if (UnboundRegionsField(expression, context) is { } named)
        {
            return [named];
        }

        return [.. context.Resolver.Resolve(expression, context.Model).Select(Normalised)];
    }

    private static IEnumerable<ExpressionSyntax>? Elements(ExpressionSyntax expression) => expression switch
    {
        CollectionExpressionSyntax collection => collection.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression),
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
        ImplicitArrayCreationExpressionSyntax array => array.Initializer.Expressions,
        BaseObjectCreationExpressionSyntax { Initializer: { } initializer } when initializer.IsKind(SyntaxKind.CollectionInitializerExpression) => initializer.Expressions,
        _ => null,
    };

    /// <summary><c>Regions.EastUS</c> of a project whose Cosmos package did not resolve: the constant's name is its
    /// display name without spaces, so its lower case is the ARM name — when it is a real one.</summary>
    private static ResolvedValue? UnboundRegionsField(ExpressionSyntax expression, SurfaceContext context)
    {
        if (expression is not MemberAccessExpressionSyntax member
            || AwsSdkSymbols.LastName(member.Expression) != "Regions"
            || context.Model.GetSymbolInfo(member).Symbol is not null)
        {
            return null;
        }

        var name = member.Name.Identifier.Text.ToLowerInvariant();
        return EndpointClassifier.AzureRegionNames.Contains(name)
            ? new ResolvedValue(name, true, [SyntaxLocations.Of(member)], isSyntactic: true)
            : null;
    }

    /// <summary>"East US 2" as "eastus2". A value with unknown parts is left as written: its placeholders are names.</summary>
    private static ResolvedValue Normalised(ResolvedValue value) =>
        value.ConfigKey is null && value.IsComplete
            ? new ResolvedValue(value.Text.Replace(" ", string.Empty).ToLowerInvariant(), true, value.Sources, null, value.IsSyntactic)
            : value;
}
