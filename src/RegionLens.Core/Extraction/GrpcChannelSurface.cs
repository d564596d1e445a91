using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary><c>GrpcChannel.ForAddress("https://orders.internal:5001")</c> (Grpc.Net.Client): every call made through the
/// channel goes to that address.</summary>
internal static class GrpcChannelSurface
{
    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        if (node is not InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "ForAddress" } callee,
                ArgumentList.Arguments.Count: >= 1,
            } invocation)
        {
            return;
        }

        var confidence = AwsSdkSymbols.Match(context.Model, invocation,
            symbol => NetworkSymbols.IsType(symbol.ContainingType, "Grpc.Net.Client", "GrpcChannel"),
            () => AwsSdkSymbols.LastName(callee.Expression) == "GrpcChannel");
        if (confidence is { } found)
        {
            var values = AbsoluteUrls.Of(invocation.ArgumentList.Arguments[0].Expression, context);
            context.AddValues(EvidenceKind.Endpoint, values, "GrpcChannel.ForAddress", invocation, found);
        }
    }
}
