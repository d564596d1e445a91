using System;
using System.Globalization;

namespace RegionLens.Core.Classification;

/// <summary>Turns <c>host</c>, <c>host:port</c>, <c>[v6]:port</c> or a bare IPv6 address into a checked target.</summary>
internal static class ServerAddress
{
    // Characters that cannot be in a host; '/' and '@' would mean user info or a path was cut in the wrong place.
    private static readonly char[] NotInHost = { '/', '\\', '?', '#', '@', '[', ']', ',', ';', '=', '"', '\'' };

    /// <summary>Null when the text is not a host with an optional valid port.</summary>
    public static ConnectionTarget? FromHostPort(string text, string family, int? defaultPort = null)
    {
        var entry = text.Trim();
        if (entry.StartsWith("[", StringComparison.Ordinal))
        {
            var close = entry.IndexOf(']');
            if (close < 0)
            {
                return null;
            }

            var after = entry.Substring(close + 1);
            var host = entry.Substring(1, close - 1);
            if (after.Length == 0)
            {
                return Create(host, defaultPort, family);
            }

            return after[0] == ':' && TryParsePort(after.Substring(1), out var bracketedPort)
                ? Create(host, bracketedPort, family)
                : null;
        }

        var colon = entry.IndexOf(':');
        if (colon < 0 || entry.IndexOf(':', colon + 1) >= 0)
        {
            return Create(entry, defaultPort, family); // no port, or a bare IPv6 address
        }

        return TryParsePort(entry.Substring(colon + 1), out var port) ? Create(entry.Substring(0, colon), port, family) : null;
    }

    /// <summary>Null when <paramref name="host"/> is not a DNS name or IP address (a path, a placeholder, a file name).</summary>
    public static ConnectionTarget? Create(string host, int? port, string family)
    {
        var name = host.Trim();
        if (name.Length > 1 && name[0] == '[' && name[name.Length - 1] == ']')
        {
            name = name.Substring(1, name.Length - 2);
        }

        if (name.Length == 0 || name.IndexOfAny(NotInHost) >= 0)
        {
            return null;
        }

        // In the protocol-relative form HostText takes a single label ("sqlprod01") as a host, which is what a
        // connection string means by it; as a bare word HostText would reject it.
        var parsed = HostText.Parse("//" + (name.IndexOf(':') >= 0 ? "[" + name + "]" : name));
        return parsed is null || parsed.Kind == ParsedHostKind.Unparseable
            ? null
            : new ConnectionTarget(parsed.Host, port, family);
    }

    /// <summary>Ports 1–65535 written in decimal digits only.</summary>
    public static bool TryParsePort(string text, out int port)
    {
        var digits = text.Trim();
        port = 0;
        return digits.Length is > 0 and <= 5
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out port)
            && port is > 0 and <= 65535;
    }
}
