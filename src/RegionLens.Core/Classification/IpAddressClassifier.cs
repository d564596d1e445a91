using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;

namespace RegionLens.Core.Classification;

/// <summary>Classifies a literal IPv4 or IPv6 address by range, and names the well-known DNS resolvers (DOMAIN §5.3).</summary>
internal static class IpAddressClassifier
{
    private const string AmazonDns = "Amazon-provided DNS";

    // Hard-coded resolvers are single-resolver choke points; public ones also bypass VPC private DNS.
    private static readonly Dictionary<string, string> KnownResolvers = new(StringComparer.Ordinal)
    {
        ["169.254.169.253"] = AmazonDns,
        ["fd00:ec2::253"] = AmazonDns,
        ["8.8.8.8"] = "Google Public DNS",
        ["8.8.4.4"] = "Google Public DNS",
        ["2001:4860:4860::8888"] = "Google Public DNS",
        ["2001:4860:4860::8844"] = "Google Public DNS",
        ["1.1.1.1"] = "Cloudflare DNS",
        ["1.0.0.1"] = "Cloudflare DNS",
        ["2606:4700:4700::1111"] = "Cloudflare DNS",
        ["2606:4700:4700::1001"] = "Cloudflare DNS",
        ["9.9.9.9"] = "Quad9 DNS",
    };

    public static EndpointClassification Classify(string host, IPAddress address)
    {
        // ::ffff:10.0.0.1 is an IPv4 address in IPv6 clothing; judge it by its IPv4 range.
        var effective = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        KnownResolvers.TryGetValue(effective.ToString(), out var note);
        var scope = ScopeOf(effective);
        if (scope == EndpointScope.Loopback && IsUnspecified(effective))
        {
            note = "unspecified address (binds every local interface)";
        }

        var provider = note == AmazonDns ? "aws" : "other";
        return new EndpointClassification(host, provider, scope, isIpAddress: true, note: note);
    }

    private static EndpointScope ScopeOf(IPAddress address)
    {
        if (IPAddress.IsLoopback(address) || IsUnspecified(address))
        {
            return EndpointScope.Loopback;
        }

        var bytes = address.GetAddressBytes();
        var isPrivate = address.AddressFamily == AddressFamily.InterNetwork ? IsPrivateV4(bytes) : IsPrivateV6(bytes);
        return isPrivate ? EndpointScope.Private : EndpointScope.Public;
    }

    private static bool IsUnspecified(IPAddress address) =>
        address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any);

    private static bool IsPrivateV4(byte[] b) =>
        b[0] == 10                                   // 10.0.0.0/8
        || (b[0] == 172 && (b[1] & 0xF0) == 16)      // 172.16.0.0/12
        || (b[0] == 192 && b[1] == 168)              // 192.168.0.0/16
        || (b[0] == 100 && (b[1] & 0xC0) == 64)      // 100.64.0.0/10, carrier-grade NAT
        || (b[0] == 169 && b[1] == 254);             // 169.254.0.0/16, link-local (Amazon DNS, metadata)

    private static bool IsPrivateV6(byte[] b) =>
        (b[0] & 0xFE) == 0xFC                        // fc00::/7, unique local
        || (b[0] == 0xFE && (b[1] & 0xC0) == 0x80);  // fe80::/10, link-local
}
