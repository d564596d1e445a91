using System.Collections.Generic;

namespace RegionLens.Core.Extraction;

internal static partial class SurfaceRegistry
{
    /// <summary>DNS resolvers, IP addresses and network clients: DnsClient, IPAddress, IPEndPoint, gRPC, absolute
    /// request URIs.</summary>
    private static IEnumerable<SurfaceVisitor> Network =>
    [
        DnsClientSurface.Visit,
        IpAddressSurface.Visit,
        GrpcChannelSurface.Visit,
        HttpClientCallSurface.Visit,
        HttpRequestMessageSurface.Visit,
    ];
}
