using Microsoft.CodeAnalysis;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// DnsClient.NET given its name servers: <c>new LookupClient(IPAddress.Parse("8.8.8.8"))</c>,
/// <c>new LookupClient(NameServer.Cloudflare, NameServer.Cloudflare2)</c>, <c>new LookupClient(new LookupClientOptions(…))</c>,
/// <c>QueryServer(servers, …)</c>. Each server is a resolver the code depends on; <c>new LookupClient()</c> asks the
/// system's resolvers and names none.
/// </summary>
internal static class DnsClientSurface
{
    public static void Visit(SyntaxNode node, SurfaceContext context)
    {
        if (DnsClientSymbols.Holder(node, context.Model) is not { } holder)
        {
            return;
        }

        // Options or a NameServer handed to a LookupClient are reported once, by the client that uses them.
        if (NameServerConsumers.Of(node, context.Model) is not null)
        {
            return;
        }

        context.AddValues(EvidenceKind.Resolver, NameServerSources.Of(node, context), holder.Sink, node, holder.Confidence);
    }
}
