using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// The regions a Cosmos DB client prefers (DOMAIN §4.2): <c>ApplicationRegion = Regions.EastUS</c> starts a
/// proximity-ordered list at that region; <c>ApplicationPreferredRegions</c> is the order itself, one evidence per
/// element, so that a single-element list shows as the pin it is. The builder's <c>WithApplicationRegion</c> and
/// <c>WithApplicationPreferredRegions</c> set the same options.
/// </summary>
internal static class CosmosRegionSurface
{
    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        switch (node)
        {
            case AssignmentExpressionSyntax assignment when IsRegionOption(AwsSdkSymbols.LastName(assignment.Left)):
                VisitOption(assignment, context);
                break;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax callee, ArgumentList.Arguments.Count: 1 } invocation
                when callee.Name.Identifier.Text is "WithApplicationRegion" or "WithApplicationPreferredRegions":
                VisitBuilder(invocation, callee, context);
                break;
        }
    }

    private static void VisitOption(AssignmentExpressionSyntax assignment, SurfaceContext context)
    {
        if (CosmosSymbols.SetsOption(assignment, context.Model) is { } found)
        {
            var option = AwsSdkSymbols.LastName(assignment.Left);
            Add(AzureRegionValues.Of(assignment.Right, context), "CosmosClientOptions." + option, assignment, found, context);
        }
    }

    private static void VisitBuilder(InvocationExpressionSyntax invocation, MemberAccessExpressionSyntax callee, SurfaceContext context)
    {
        if (CosmosSymbols.CallsBuilder(invocation, context.Model) is { } found)
        {
            // Consumed at the method's name, not at the start of a builder chain that may begin lines above.
            var values = AzureRegionValues.Of(invocation.ArgumentList.Arguments[0].Expression, context);
            Add(values, "CosmosClientBuilder." + callee.Name.Identifier.Text, callee.Name, found, context);
        }
    }

    /// <summary>Each region of a preferred list names the list's consumer last, even when written on its line: the
    /// scanner tells a list consumed at one place (a multi-region design, DOMAIN §7) from pins by that location.</summary>
    private static void Add(IReadOnlyList<ResolvedValue> values, string sink, SyntaxNode consumer, Confidence confidence, SurfaceContext context)
    {
        if (sink.EndsWith("PreferredRegions", StringComparison.Ordinal))
        {
            var at = SyntaxLocations.Of(consumer);
            values = [.. values.Select(v => new ResolvedValue(v.Text, v.IsComplete, [.. v.Sources, at], v.ConfigKey, v.IsSyntactic))];
        }

        context.AddValues(EvidenceKind.Region, values, sink, consumer, confidence);
    }

    private static bool IsRegionOption(string name) => name is "ApplicationRegion" or "ApplicationPreferredRegions";
}
