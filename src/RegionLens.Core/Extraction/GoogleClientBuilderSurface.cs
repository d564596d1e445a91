using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// Google Cloud client builders' <c>Endpoint</c> (Google.Api.Gax <c>ClientBuilderBase&lt;T&gt;</c>): a locational
/// endpoint such as <c>us-central1-aiplatform.googleapis.com</c> pins the client to one region (DOMAIN §4.3).
/// </summary>
internal static class GoogleClientBuilderSurface
{
    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        if (node is not AssignmentExpressionSyntax assignment || AwsSdkSymbols.LastName(assignment.Left) != "Endpoint")
        {
            return;
        }

        var confidence = AwsSdkSymbols.Match(context.Model, assignment.Left,
            symbol => symbol is IPropertySymbol && DerivesFromClientBuilder(symbol.ContainingType),
            () => assignment.Parent is InitializerExpressionSyntax { Parent: ObjectCreationExpressionSyntax { Type: var type } }
                && AwsSdkSymbols.LastName(type).EndsWith("ClientBuilder", StringComparison.Ordinal));
        if (confidence is { } found)
        {
            context.AddValues(EvidenceKind.Endpoint, context.Resolver.Resolve(assignment.Right, context.Model), "ClientBuilder.Endpoint", assignment, found);
        }
    }

    private static bool DerivesFromClientBuilder(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "ClientBuilderBase" && current.ContainingNamespace?.ToDisplayString().StartsWith("Google.Api.Gax", StringComparison.Ordinal) == true)
            {
                return true;
            }
        }

        return false;
    }
}
