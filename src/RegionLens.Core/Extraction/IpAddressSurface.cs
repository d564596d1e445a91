using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// An IP address written in code and parsed for use: <c>IPAddress.Parse("10.0.0.5")</c>, reported at the
/// <c>new IPEndPoint(…, port)</c> that wraps it when there is one. An address that ends up as a DnsClient name server
/// is left to <see cref="DnsClientSurface"/>, which reports it as a resolver.
/// </summary>
internal static class IpAddressSurface
{
    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        if (NetworkSymbols.ParsedAddress(node, context.Model) is not { } parsed)
        {
            return;
        }

        if (NameServerConsumers.Of(node, context.Model) is not null || IsReverseLookupTarget(node))
        {
            return;
        }

        var endPoint = EndPointAround(node, context.Model);
        var values = context.Resolver.Resolve(parsed.Text, context.Model);
        context.AddValues(EvidenceKind.Ip, values, endPoint is null ? "IPAddress.Parse" : "IPEndPoint", endPoint ?? node, parsed.Confidence);
    }

    /// <summary>The address a reverse lookup asks about (<c>QueryReverse(ip)</c>, the second argument of
    /// <c>QueryServerReverse(servers, ip)</c>) is data, not something the code connects to.</summary>
    private static bool IsReverseLookupTarget(SyntaxNode parse) =>
        parse.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax callee } } list } argument
        && callee.Name.Identifier.Text.Contains("Reverse")
        && (!callee.Name.Identifier.Text.StartsWith("QueryServer", System.StringComparison.Ordinal) || list.Arguments.IndexOf(argument) > 0);

    private static SyntaxNode? EndPointAround(SyntaxNode parse, SemanticModel model) =>
        parse.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: { } creation } list } argument
            && list.Arguments.IndexOf(argument) == 0 && NetworkSymbols.IsEndPointCreation(creation, model)
            ? creation
            : null;
}
