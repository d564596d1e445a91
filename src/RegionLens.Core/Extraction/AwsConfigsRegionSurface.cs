using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary><c>AWSConfigs.AWSRegion = "us-east-1"</c>: the process-wide default region of every client not given one
/// (DOMAIN.md §4.1). <c>AWSConfigs.RegionEndpoint = RegionEndpoint.X</c> is a region pin that
/// <see cref="RegionEndpointSurface"/> already reports.</summary>
internal static class AwsConfigsRegionSurface
{
    private const string Sink = "AWSConfigs.AWSRegion";

    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        if (node is not AssignmentExpressionSyntax assignment || AwsSdkSymbols.LastName(assignment.Left) != "AWSRegion")
        {
            return;
        }

        var confidence = AwsSdkSymbols.Match(context.Model, assignment.Left,
            symbol => symbol is IPropertySymbol { ContainingType: { Name: "AWSConfigs" } type }
                && type.ContainingNamespace?.ToDisplayString() == "Amazon",
            () => assignment.Left is MemberAccessExpressionSyntax target && AwsSdkSymbols.LastName(target.Expression) == "AWSConfigs");
        if (confidence is { } found)
        {
            var values = context.Resolver.Resolve(assignment.Right, context.Model);
            context.AddValues(EvidenceKind.Region, values, Sink, assignment, found);
        }
    }
}
