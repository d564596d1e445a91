using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// <c>configuration.GetAWSOptions()</c> (AWSSDK.Extensions.NETCore.Setup) reads the <c>"AWS"</c> section — or the
/// named one — and pins every client it creates to its <c>Region</c> and <c>ServiceURL</c>.
/// </summary>
internal static class AwsOptionsSurface
{
    private const string DefaultSection = "AWS";

    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        if (node is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "GetAWSOptions" } } invocation)
        {
            return;
        }

        var confidence = AwsSdkSymbols.Match(context.Model, invocation,
            symbol => symbol.ContainingAssembly?.Name == "AWSSDK.Extensions.NETCore.Setup",
            () => true);
        if (confidence is not { } found)
        {
            return;
        }

        var section = SectionName(invocation, context);
        if (section is null)
        {
            return;
        }

        var at = new[] { SyntaxLocations.Of(invocation) };
        context.Add(new Evidence(EvidenceKind.Region, null, section + ":Region", "GetAWSOptions", at, found, isComplete: false));
        context.Add(new Evidence(EvidenceKind.Endpoint, null, section + ":ServiceURL", "GetAWSOptions", at, found, isComplete: false));
    }

    private static string? SectionName(InvocationExpressionSyntax invocation, SurfaceContext context)
    {
        if (invocation.ArgumentList.Arguments.Count == 0)
        {
            return DefaultSection;
        }

        var argument = invocation.ArgumentList.Arguments[0].Expression;
        var constant = context.Model.GetConstantValue(argument);
        if (constant is { HasValue: true, Value: string name })
        {
            return name;
        }

        return argument is LiteralExpressionSyntax { Token.Value: string literal } ? literal : null;
    }
}
