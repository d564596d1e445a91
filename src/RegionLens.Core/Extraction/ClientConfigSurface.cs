using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>Assignments to an AWS SDK client config: <c>ServiceURL = "https://…"</c> overrides the region for routing;
/// <c>AuthenticationRegion = "us-east-1"</c> pins the signing region.</summary>
internal static class ClientConfigSurface
{
    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        if (node is not AssignmentExpressionSyntax assignment)
        {
            return;
        }

        var name = AwsSdkSymbols.LastName(assignment.Left);
        var kind = name switch
        {
            "ServiceURL" => EvidenceKind.Endpoint,
            "AuthenticationRegion" => EvidenceKind.Region,
            _ => (EvidenceKind?)null,
        };
        if (kind is not { } evidenceKind)
        {
            return;
        }

        var confidence = AwsSdkSymbols.Match(context.Model, assignment.Left,
            symbol => symbol is IPropertySymbol && AwsSdkSymbols.IsClientConfig(symbol.ContainingType),
            () => LooksLikeClientConfig(assignment));
        if (confidence is { } found)
        {
            var values = context.Resolver.Resolve(assignment.Right, context.Model);
            context.AddValues(evidenceKind, values, "ClientConfig." + name, assignment, found);
        }
    }

    /// <summary>Unbound (an unrestored project): <c>config.ServiceURL = …</c> is accepted by its name; inside
    /// <c>new T { ServiceURL = … }</c>, T must also be named like an SDK config.</summary>
    private static bool LooksLikeClientConfig(AssignmentExpressionSyntax assignment) =>
        assignment.Parent is not InitializerExpressionSyntax { Parent: ObjectCreationExpressionSyntax creation }
        || AwsSdkSymbols.LastName(creation.Type).EndsWith("Config", System.StringComparison.Ordinal);
}
