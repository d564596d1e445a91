using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// A request to an absolute URL through <c>HttpClient</c>: <c>GetAsync("https://…")</c> and the other verbs, and the
/// System.Net.Http.Json extensions (<c>GetFromJsonAsync</c>, <c>PostAsJsonAsync</c>, …). <c>SendAsync</c> takes a
/// request message, whose URI <see cref="HttpRequestMessageSurface"/> reports.
/// </summary>
internal static class HttpClientCallSurface
{
    private static readonly HashSet<string> Methods = new(StringComparer.Ordinal)
    {
        "GetAsync", "GetStringAsync", "GetByteArrayAsync", "GetStreamAsync", "PostAsync", "PutAsync", "PatchAsync", "DeleteAsync",
        "GetFromJsonAsync", "GetFromJsonAsAsyncEnumerable", "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync", "DeleteFromJsonAsync",
    };

    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        if (node is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax callee, ArgumentList.Arguments.Count: >= 1 } invocation
            || !Methods.Contains(callee.Name.Identifier.Text))
        {
            return;
        }

        // Unbound, the verb names alone are taken: a GetAsync("https://…") on an unknown client is still a request.
        var confidence = AwsSdkSymbols.Match(context.Model, invocation, IsHttpClientMethod, () => true);
        if (confidence is not { } found)
        {
            return;
        }

        // Called as a static method, HttpClientJsonExtensions.GetFromJsonAsync(client, url) names the client first.
        var uri = context.Model.GetSymbolInfo(invocation).Symbol is IMethodSymbol { IsExtensionMethod: true, ReducedFrom: null } ? 1 : 0;
        if (invocation.ArgumentList.Arguments.Count > uri)
        {
            var values = AbsoluteUrls.Of(invocation.ArgumentList.Arguments[uri].Expression, context);
            context.AddValues(EvidenceKind.Endpoint, values, "HttpClient." + callee.Name.Identifier.Text, invocation, found);
        }
    }

    private static bool IsHttpClientMethod(ISymbol symbol) =>
        NetworkSymbols.IsType(symbol.ContainingType, "System.Net.Http", "HttpClient")
        || NetworkSymbols.IsType(symbol.ContainingType, "System.Net.Http.Json", "HttpClientJsonExtensions");
}
