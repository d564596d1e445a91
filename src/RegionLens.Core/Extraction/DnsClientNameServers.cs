using System;
using System.Collections.Generic;

namespace RegionLens.Core.Extraction;

/// <summary>
/// The addresses behind DnsClient.NET's built-in <c>NameServer</c> constants (DOMAIN §5.2, from DnsClient.NET's
/// <c>NameServer.cs</c>). The constants are end points, so the address never appears in the scanned code: this
/// table is the only way to name the resolver a client is pinned to.
/// </summary>
internal static class DnsClientNameServers
{
    // The names are not the order one would guess: GooglePublicDns is 8.8.4.4 and GooglePublicDns2 is 8.8.8.8.
    private static readonly Dictionary<string, string> Addresses = new(StringComparer.Ordinal)
    {
        ["GooglePublicDns"] = "8.8.4.4",
        ["GooglePublicDns2"] = "8.8.8.8",
        ["GooglePublicDnsIPv6"] = "2001:4860:4860::8844",
        ["GooglePublicDns2IPv6"] = "2001:4860:4860::8888",
        ["Cloudflare"] = "1.1.1.1",
        ["Cloudflare2"] = "1.0.0.1",
        ["CloudflareIPv6"] = "2606:4700:4700::1111",
        ["Cloudflare2IPv6"] = "2606:4700:4700::1001",
    };

    /// <summary>The address of <c>NameServer.<paramref name="constant"/></c>; null when DnsClient has no such constant.</summary>
    public static string? AddressOf(string constant) => Addresses.TryGetValue(constant, out var address) ? address : null;
}
