using System.Net;
using System.Net.Sockets;

namespace RegionLens.Scanner.UserConfiguration;

/// <summary>A strict IP address check. <see cref="IPAddress.TryParse(string?, out IPAddress?)"/> alone accepts
/// <c>8.8.8</c> (as 8.8.0.8) and <c>1</c>; a resolver in <c>regionlens.json</c> must be written in full: four decimal
/// parts, or an IPv6 address.</summary>
internal static class IpAddressText
{
    public static bool IsValid(string text)
    {
        if (!IPAddress.TryParse(text, out var address))
        {
            return false;
        }

        return address.AddressFamily == AddressFamily.InterNetworkV6
            ? text.Contains(':', StringComparison.Ordinal) && !text.Contains('%', StringComparison.Ordinal)
            : text.Split('.') is { Length: 4 } parts && parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsAsciiDigit));
    }
}
