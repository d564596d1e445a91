using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary><c>configuration.GetConnectionString("Orders")</c>: a connection string names what the code connects to,
/// whatever client it is handed to. The value is joined from configuration; its hosts are read when it is classified.</summary>
internal static class ConnectionStringSurface
{
    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        if (node is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "GetConnectionString" } } invocation)
        {
            return;
        }

        var confidence = AwsSdkSymbols.Match(context.Model, invocation,
            symbol => symbol is IMethodSymbol && symbol.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Configuration",
            () => true);
        if (confidence is { } found)
        {
            context.AddValues(EvidenceKind.Endpoint, context.Resolver.Resolve(invocation, context.Model), "GetConnectionString", invocation, found);
        }
    }
}
