using System.Net;
using System.Text.RegularExpressions;

namespace RegionLens.Scanner.Infrastructure.Terraform;

/// <summary>
/// Decides whether a value names an endpoint: a URL with a scheme, an IP address, or a dotted host name under a
/// well-known suffix. Kept narrow on purpose: bucket names, ARNs, CIDR blocks and resource names are not endpoints,
/// and a false endpoint becomes a false dependency in the report. Unknown parts (<c>{var.env}</c>) count as a label.
/// </summary>
internal static partial class EndpointText
{
    private static readonly HashSet<string> KnownSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "net", "org", "io", "dev", "app", "cloud", "co", "ai", "info", "biz", "us", "uk", "eu", "de", "fr", "nl",
        "jp", "au", "ca", "in", "br", "ch", "se", "it", "es", "ie", "sg", "cn", "me", "tech", "internal", "local",
    };

    public static bool IsEndpoint(string text) => IsUrl(text) || IsAddress(text) || IsHost(text);

    public static bool IsUrl(string text) => Url().IsMatch(text);

    public static bool IsAddress(string text)
    {
        var host = text.Trim();
        if (host.StartsWith('[') && host.IndexOf(']') is var close and > 0)
        {
            host = host[1..close];
        }
        else if (host.Count(c => c == ':') == 1)
        {
            host = host[..host.IndexOf(':')];
        }

        return (host.Contains(':') || host.Count(c => c == '.') == 3) && IPAddress.TryParse(host, out _);
    }

    public static bool IsHost(string text)
    {
        var host = Placeholder().Replace(text, "x");
        var match = Host().Match(host);
        return match.Success && KnownSuffixes.Contains(match.Groups["suffix"].Value);
    }

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.\-]*://[^\s/?#]+[^\s]*$")]
    private static partial Regex Url();

    [GeneratedRegex(@"^(?:[a-zA-Z0-9_](?:[a-zA-Z0-9_\-]{0,61}[a-zA-Z0-9])?\.)+(?<suffix>[a-zA-Z]{2,63})\.?(?::\d{1,5})?$")]
    private static partial Regex Host();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Placeholder();
}
