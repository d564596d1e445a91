using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary><c>RegionEndpoint.USEast1</c> and <c>RegionEndpoint.GetBySystemName(value)</c>.</summary>
internal static class RegionEndpointSurface
{
    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        switch (node)
        {
            case MemberAccessExpressionSyntax member when member.Parent is not InvocationExpressionSyntax:
                VisitField(member, context);
                break;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "GetBySystemName" } callee } invocation
                when invocation.ArgumentList.Arguments.Count >= 1:
                VisitGetBySystemName(invocation, callee, context);
                break;
        }
    }

    private static void VisitField(MemberAccessExpressionSyntax member, SurfaceContext context)
    {
        var region = context.Regions.FindBySdkField(member.Name.Identifier.Text);
        if (region is null)
        {
            return;
        }

        var confidence = AwsSdkSymbols.Match(context.Model, member,
            symbol => symbol is IFieldSymbol or IPropertySymbol && AwsSdkSymbols.IsRegionEndpoint(symbol.ContainingType),
            () => AwsSdkSymbols.LastName(member.Expression) == "RegionEndpoint");
        if (confidence is { } found)
        {
            context.Add(new Evidence(EvidenceKind.Region, region.Code, null, "RegionEndpoint." + member.Name.Identifier.Text,
                new[] { SyntaxLocations.Of(member) }, found));
        }
    }

    private static void VisitGetBySystemName(InvocationExpressionSyntax invocation, MemberAccessExpressionSyntax callee, SurfaceContext context)
    {
        var confidence = AwsSdkSymbols.Match(context.Model, invocation,
            symbol => AwsSdkSymbols.IsRegionEndpoint(symbol.ContainingType),
            () => AwsSdkSymbols.LastName(callee.Expression) == "RegionEndpoint");
        if (confidence is not { } found)
        {
            return;
        }

        var values = context.Resolver.Resolve(invocation.ArgumentList.Arguments[0].Expression, context.Model);
        context.AddValues(EvidenceKind.Region, values, "RegionEndpoint.GetBySystemName", invocation, found);
    }
}
