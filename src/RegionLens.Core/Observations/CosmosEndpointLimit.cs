using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Extraction;
using RegionLens.Core.Model;

namespace RegionLens.Core.Observations;

/// <summary><c>CosmosClientOptions.LimitToEndpoint = true</c> (or <c>WithLimitToEndpoint(true)</c>): the client stops
/// discovering the account's regions and stays on the endpoint it was given, so a multi-region account is used as a
/// single-region one (DOMAIN §4.2).</summary>
internal static class CosmosEndpointLimit
{
    public static void Visit(SyntaxNode node, SemanticModel model, List<Observation> found)
    {
        if (!CosmosSymbols.LimitsToEndpoint(node, model))
        {
            return;
        }

        var target = node is AssignmentExpressionSyntax assignment ? assignment.Left : node;
        var confidence = model.GetSymbolInfo(target).Symbol is null ? Confidence.Syntactic : Confidence.Semantic;
        found.Add(new Observation(ObservationKind.SingleRegionClient,
            "Cosmos client set to LimitToEndpoint: it never discovers the account's other regions and cannot fail over",
            new[] { SyntaxLocations.Of(node) }, confidence));
    }
}
