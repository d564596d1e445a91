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
            () => IsInAwsConfigInitializer(assignment));
        if (confidence is { } found)
        {
            var values = context.Resolver.Resolve(assignment.Right, context.Model);
            context.AddValues(evidenceKind, values, "ClientConfig." + name, assignment, found);
        }
    }

    /// <summary>Unbound: <c>new AmazonXxxConfig { ServiceURL = … }</c> or <c>config.ServiceURL = …</c> by name alone.</summary>
    private static bool IsInAwsConfigInitializer(AssignmentExpressionSyntax assignment) =>
        assignment.Parent is not InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation }
        || creation is not ObjectCreationExpressionSyntax { Type: var type }
        || AwsSdkSymbols.LastName(type).EndsWith("Config", System.StringComparison.Ordinal);
}
