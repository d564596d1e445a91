using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace RegionLens.Core.Classification;

/// <summary>
/// Cuts the host out of a URL, <c>host:port</c>, bare host or IP address. Written by hand rather than with
/// <see cref="Uri"/>: <c>Uri</c> reads <c>host:443</c> as a scheme and turns <c>http://1234</c> into an IPv4
/// address, and a static analyser must not invent hosts out of ordinary strings.
/// </summary>
internal static class HostText
{
    /// <summary>Null when the text is not a URL or host at all.</summary>
    public static ParsedHost? Parse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || HasSpaceOrControl(trimmed!))
        {
            return null;
        }

        var rest = StripScheme(trimmed!, out var hasScheme);
        if (rest is null)
        {
            return null;
        }

        var authority = CutAuthority(rest);
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            // Without a scheme, "user@example.com" is a mail address, not a host.
            if (!hasScheme)
            {
                return null;
            }

            authority = authority.Substring(at + 1);
        }

        if (authority.Length == 0)
        {
            return null; // "https://" names no host
        }

        var host = SplitPort(authority, out var hasPort, out var bracketed);
        if (host is not null && ParseAddress(host) is { } address)
        {
            return new ParsedHost(ParsedHostKind.Address, address.ToString().ToLowerInvariant(), address);
        }

        if (host is null || bracketed || host.IndexOf(':') >= 0)
        {
            return Unparseable(authority, hasScheme);
        }

        return ParseName(host, hasScheme, hasPort);
    }

    /// <summary>True when <paramref name="host"/> is <paramref name="suffix"/> or ends with <c>.</c> + suffix.</summary>
    public static bool EndsWithLabels(string host, string suffix) =>
        host.EndsWith(suffix, StringComparison.Ordinal)
        && (host.Length == suffix.Length || host[host.Length - suffix.Length - 1] == '.');

    private static string? StripScheme(string text, out bool hasScheme)
    {
        hasScheme = true;
        if (text.StartsWith("//", StringComparison.Ordinal))
        {
            return text.Substring(2); // protocol-relative URL
        }

        var separator = text.IndexOf("://", StringComparison.Ordinal);
        if (separator < 0)
        {
            hasScheme = false;
            return text;
        }

        var scheme = text.Substring(0, separator);
        return IsScheme(scheme) && !NamesNoHost(scheme) ? text.Substring(separator + 3) : null;
    }

    // s3://bucket/key names a bucket and file:///path a file; neither authority is a network host.
    private static bool NamesNoHost(string scheme) =>
        string.Equals(scheme, "s3", StringComparison.OrdinalIgnoreCase)
        || string.Equals(scheme, "file", StringComparison.OrdinalIgnoreCase);

    // ':' is accepted inside the scheme for the "jdbc:postgresql://" family.
    private static bool IsScheme(string scheme)
    {
        if (scheme.Length == 0 || !IsAsciiLetter(scheme[0]))
        {
            return false;
        }

        foreach (var c in scheme)
        {
            if (!IsAsciiLetter(c) && c is not (>= '0' and <= '9') && c != '+' && c != '.' && c != '-' && c != ':')
            {
                return false;
            }
        }

        return true;
    }

    private static string CutAuthority(string rest)
    {
        var end = rest.IndexOfAny(new[] { '/', '?', '#' });
        return end < 0 ? rest : rest.Substring(0, end);
    }

    /// <summary>Returns the host without its port, or null when the port part is malformed.</summary>
    private static string? SplitPort(string authority, out bool hasPort, out bool bracketed)
    {
        hasPort = false;
        bracketed = authority[0] == '[';
        if (bracketed)
        {
            var close = authority.IndexOf(']');
            if (close < 0)
            {
                return null;
            }

            var after = authority.Substring(close + 1);
            hasPort = after.Length > 0;
            return after.Length == 0 || (after[0] == ':' && IsPort(after.Substring(1)))
                ? authority.Substring(1, close - 1)
                : null;
        }

        var colon = authority.IndexOf(':');
        if (colon < 0 || authority.IndexOf(':', colon + 1) >= 0)
        {
            return authority; // no port, or a bare IPv6 address
        }

        hasPort = true;
        return IsPort(authority.Substring(colon + 1)) ? authority.Substring(0, colon) : null;
    }

    private static bool IsPort(string text) =>
        text.Length is > 0 and <= 5
        && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port)
        && port <= 65535;

    private static IPAddress? ParseAddress(string host)
    {
        if (host.IndexOf(':') >= 0)
        {
            // The scope ("%eth0") is dropped: it names an interface of this machine, not a host.
            return IPAddress.TryParse(host, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6
                ? new IPAddress(v6.GetAddressBytes())
                : null;
        }

        // Strict dotted quad: IPAddress.TryParse also takes "127.1" and octal "010.0.0.1".
        var parts = host.Split('.');
        if (parts.Length != 4)
        {
            return null;
        }

        var bytes = new byte[4];
        for (var i = 0; i < 4; i++)
        {
            if (parts[i].Length is 0 or > 3
                || !byte.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out bytes[i]))
            {
                return null;
            }
        }

        return new IPAddress(bytes);
    }

    private static ParsedHost? ParseName(string raw, bool hasScheme, bool hasPort)
    {
        var name = DnsName.Normalise(raw);
        if (name is null)
        {
            return Unparseable(raw, hasScheme);
        }

        // A bare word ("us-east-1", "api/v1") is not a host; "localhost", "svc:8080" and "http://svc/" are.
        var dotted = name.IndexOf('.') >= 0;
        if (!dotted && !hasScheme && !hasPort && name != "localhost")
        {
            return null;
        }

        if (DnsName.IsValid(name))
        {
            return new ParsedHost(ParsedHostKind.Name, name);
        }

        // "{service}.us-east-1.amazonaws.com" is a host with a hole in it, even without a scheme; "1.5" is a number.
        return Unparseable(name, hasScheme || (dotted && DnsName.HasPlaceholder(name)));
    }

    private static bool HasSpaceOrControl(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static ParsedHost? Unparseable(string authority, bool hasScheme) =>
        hasScheme ? new ParsedHost(ParsedHostKind.Unparseable, authority.ToLowerInvariant()) : null;
}
