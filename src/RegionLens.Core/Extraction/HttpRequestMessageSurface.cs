using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary><c>new HttpRequestMessage(HttpMethod.Get, "https://…")</c>: a request sent with <c>SendAsync</c>/<c>Send</c>
/// goes to its absolute URI whatever the client's base address.</summary>
internal static class HttpRequestMessageSurface
{
    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        if (node is not BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 2 } creation)
        {
            return;
        }

        if (NetworkSymbols.Creates(creation, context.Model, "System.Net.Http", "HttpRequestMessage") is { } found)
        {
            var values = AbsoluteUrls.Of(creation.ArgumentList!.Arguments[1].Expression, context);
            context.AddValues(EvidenceKind.Endpoint, values, "HttpRequestMessage", creation, found);
        }
    }
}
