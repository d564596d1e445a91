using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary><c>new Uri(value)</c>: the value is something the code connects to; assigned to
/// <c>HttpClient.BaseAddress</c> it is the base of every request that client sends.</summary>
internal static class UriSurface
{
    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        if (node is not BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: >= 1 } creation)
        {
            return;
        }

        var first = creation.ArgumentList.Arguments[0].Expression;
        var confidence = AwsSdkSymbols.Match(context.Model, creation,
            symbol => symbol is IMethodSymbol { ContainingType: { Name: "Uri", ContainingNamespace.Name: "System" } } ctor
                && ctor.Parameters.Length >= 1 && ctor.Parameters[0].Type.SpecialType == SpecialType.System_String,
            () => creation is ObjectCreationExpressionSyntax { Type: var type } && AwsSdkSymbols.LastName(type) == "Uri");
        if (confidence is { } found)
        {
            var values = context.Resolver.Resolve(first, context.Model);
            context.AddValues(EvidenceKind.Endpoint, values, SinkOf(creation), creation, found);
        }
    }

    private static string SinkOf(BaseObjectCreationExpressionSyntax creation) =>
        creation.Parent is AssignmentExpressionSyntax assignment && AwsSdkSymbols.LastName(assignment.Left) == "BaseAddress"
            ? "HttpClient.BaseAddress"
            : "Uri";
}
