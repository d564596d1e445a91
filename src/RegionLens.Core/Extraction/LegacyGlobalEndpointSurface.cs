using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// Setting the legacy global endpoints in code (DOMAIN.md §2.2, §4.1): <c>StsRegionalEndpoints =
/// StsRegionalEndpointsValue.Legacy</c> (SDK v3 only) sends STS calls to <c>sts.amazonaws.com</c>, and
/// <c>USEast1RegionalEndpointValue = S3UsEast1RegionalEndpointValue.Legacy</c> sends us-east-1 S3 calls to
/// <c>s3.amazonaws.com</c>. The enum value decides, so any property it is assigned to counts (client configs,
/// <c>DefaultConfiguration</c>, credential profiles).
/// </summary>
internal static class LegacyGlobalEndpointSurface
{
    private const string RuntimeNamespace = "Amazon.Runtime";

    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        if (node is not MemberAccessExpressionSyntax { Name.Identifier.Text: "Legacy" } member || !IsAssigned(member))
        {
            return;
        }

        var setting = AwsSdkSymbols.LastName(member.Expression);
        var host = setting switch
        {
            "StsRegionalEndpointsValue" => GlobalServiceEndpoints.LegacySts,
            "S3UsEast1RegionalEndpointValue" => GlobalServiceEndpoints.LegacyS3,
            _ => null,
        };
        if (host is null)
        {
            return;
        }

        var confidence = AwsSdkSymbols.Match(context.Model, member,
            symbol => symbol is IFieldSymbol { ContainingType: { TypeKind: TypeKind.Enum } type }
                && type.Name == setting && type.ContainingNamespace?.ToDisplayString() == RuntimeNamespace,
            () => true);
        if (confidence is { } found)
        {
            context.Add(new Evidence(EvidenceKind.Endpoint, host, null, setting + ".Legacy",
                new[] { SyntaxLocations.Of(member) }, found));
        }
    }

    /// <summary>The value is what an assignment stores, possibly as a branch of <c>?:</c>; a comparison with it is
    /// not a setting.</summary>
    private static bool IsAssigned(ExpressionSyntax value)
    {
        var current = value;
        while (current.Parent is ParenthesizedExpressionSyntax or ConditionalExpressionSyntax)
        {
            if (current.Parent is ConditionalExpressionSyntax conditional && conditional.Condition == current)
            {
                return false;
            }

            current = (ExpressionSyntax)current.Parent;
        }

        return current.Parent is AssignmentExpressionSyntax assignment && assignment.Right == current;
    }
}
