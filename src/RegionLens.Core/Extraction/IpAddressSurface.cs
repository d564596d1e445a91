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

        if (NameServerConsumers.Of(node, context.Model) is not null)
        {
            return;
        }

        var endPoint = EndPointAround(node, context.Model);
        var values = context.Resolver.Resolve(parsed.Text, context.Model);
        context.AddValues(EvidenceKind.Ip, values, endPoint is null ? "IPAddress.Parse" : "IPEndPoint", endPoint ?? node, parsed.Confidence);
    }

    private static SyntaxNode? EndPointAround(SyntaxNode parse, SemanticModel model) =>
        parse.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: { } creation } list } argument
            && list.Arguments.IndexOf(argument) == 0 && NetworkSymbols.IsEndPointCreation(creation, model)
            ? creation
            : null;
}
