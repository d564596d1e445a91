using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using RegionLens.Core.Classification;

namespace RegionLens.Scanner.Classification;

/// <summary>What a format may write in a value that the endpoint rule should understand.</summary>
[Flags]
public enum EndpointShapeOptions
{
    /// <summary>The text is taken literally: environments, Dockerfiles, deployment files.</summary>
    None = 0,

    /// <summary>
    /// A braced part (<c>{var.env}</c> in Terraform, <c>{parameters('name')}</c> in ARM and Bicep) is a value the
    /// reader could not resolve. It stands for one label in a host (<c>api.{var.env}.example.com</c>) and for any host
    /// behind a scheme (<c>https://{var.api_host}/v1</c>), so an unresolved endpoint is still reported as one.
    /// </summary>
    Placeholders = 1,
}

/// <summary>
/// The one rule for "does this text from an infrastructure or deployment file name an endpoint?": a URL with a scheme,
/// an IP address, or a dotted host name under a known suffix, each optionally with a port.
/// </summary>
/// <remarks>
/// <para>
/// Narrow on purpose: every endpoint found becomes a dependency in the report, so a false one is a false finding.
/// Dotted text is everywhere in these files (resource types, versions, file names, image names, ARNs, CIDR blocks,
/// .NET names), so a bare host must end in a top-level label from <see cref="KnownSuffixes"/>.
/// </para>
/// <para>
/// Text that names the workload itself is never an endpoint, whatever the format: a listen address
/// (<c>http://+:8080</c>, <c>http://*:80</c>, <c>0.0.0.0</c>, <c>::</c>) is where it serves, and a loopback address
/// (<c>localhost</c>, <c>127.0.0.1</c>, <c>::1</c>) never leaves the machine, so neither can tie it to a Region or a
/// resolver elsewhere. A single-label host (<c>http://redis:6379</c>) is left out too: it is a compose service or a
/// name completed by the search domain, which the resolver settings describe, not an endpoint of its own.
/// </para>
/// </remarks>
public static partial class EndpointShape
{
    /// <summary>
    /// The top-level labels a bare host may end in. The test exists because dotted text is rarely a host: without it
    /// <c>Microsoft.Storage</c> (a resource type), <c>1.2.3</c> (a version), <c>appsettings.json</c> (a file),
    /// <c>t3.micro</c> (an instance type) or <c>orders.archive</c> (a bucket name) would all be endpoints. It is the
    /// union of the lists the Terraform and ARM readers used to keep: common generic and country top-level domains,
    /// those the cloud providers' own hosts end in (<c>com</c>, <c>net</c>, <c>cn</c>, <c>us</c>, <c>app</c>,
    /// <c>dev</c>), and the private ones used inside networks and clusters (<c>internal</c>, <c>local</c>,
    /// <c>corp</c>, <c>lan</c>, <c>home.arpa</c>). <c>sh</c> is left out although it is a country domain: in
    /// deployment files <c>start.sh</c> is a script far more often than a host. Compared as written, in lower case:
    /// people write hosts in lower case, while <c>System.IO</c> or <c>Contoso.Orders.Com</c> are .NET names.
    /// </summary>
    private static readonly HashSet<string> KnownSuffixes = new(StringComparer.Ordinal)
    {
        // Generic.
        "com", "net", "org", "io", "dev", "app", "cloud", "co", "ai", "me", "info", "biz", "gov", "edu", "mil", "int",
        "ms", "tv", "xyz", "tech", "online", "site",

        // Countries.
        "us", "uk", "eu", "de", "fr", "nl", "se", "ch", "it", "es", "ie", "jp", "cn", "in", "au", "nz", "ca", "br",
        "kr", "sg",

        // Private networks and clusters (db.svc.cluster.local, orders.internal, router.home.arpa).
        "internal", "local", "corp", "lan", "arpa",
    };

    /// <summary>True when <paramref name="text"/> is a URL, an IP address or a host (see the type's remarks).</summary>
    public static bool IsEndpoint(string text, EndpointShapeOptions options = EndpointShapeOptions.None) =>
        IsUrl(text, options) || IsAddress(text) || IsHost(text, options);

    /// <summary>
    /// A URL with a scheme whose host is a dotted name or an IP address other than a listen or loopback one:
    /// <c>https://api.example.com/v1</c>, <c>postgres://user@db.internal:5432/orders</c>, <c>http://[fd00::2]:80</c>.
    /// The scheme is evidence enough, so the host needs no known suffix (<c>http://orders.svc:8080</c>).
    /// </summary>
    public static bool IsUrl(string text, EndpointShapeOptions options = EndpointShapeOptions.None)
    {
        // An unresolved part may hold anything, slashes and quotes too ({reference(resourceId('Microsoft.Web/sites', 'x'))}):
        // emptied first, so that only the braces are left to say where it was.
        var placeholders = options.HasFlag(EndpointShapeOptions.Placeholders);
        var match = Url().Match(placeholders ? Placeholder().Replace(text.Trim(), "{}") : text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var authority = match.Groups["authority"].Value;
        if (authority.StartsWith('['))
        {
            return IsAddress(authority);
        }

        var host = WithoutPort(authority);
        if (host is null)
        {
            return false;
        }

        if (placeholders && host.Contains("{}", StringComparison.Ordinal))
        {
            return Labels().IsMatch(host.Replace("{}", "x", StringComparison.Ordinal));
        }

        return IsFourPartIPv4(host) ? IsRemote(host) : Labels().IsMatch(host) && host.Contains('.', StringComparison.Ordinal);
    }

    /// <summary>
    /// An IPv4 address in its four-part form (<c>10.0.0.2</c>, <c>10.0.0.2:53</c>) or an IPv6 address, bare
    /// (<c>fd00::2</c>) or bracketed (<c>[fd00::2]</c>, <c>[fd00::2]:53</c>), other than a listen or loopback one.
    /// Only the four-part form counts because <see cref="IPAddress.TryParse(string, out IPAddress)"/> also reads
    /// <c>1.2.3</c> (a version) and <c>7</c> as addresses; a CIDR block (<c>10.0.0.0/16</c>) is a network, not one.
    /// </summary>
    public static bool IsAddress(string text)
    {
        var address = text.Trim();
        if (address.StartsWith('['))
        {
            var close = address.IndexOf(']', StringComparison.Ordinal);
            if (close < 0 || !IsPort(address[(close + 1)..], optional: true))
            {
                return false;
            }

            address = address[1..close];
            return address.Contains(':', StringComparison.Ordinal) && IsRemote(address);
        }

        if (address.Count(c => c == ':') >= 2)
        {
            return IsRemote(address); // bare IPv6 cannot carry a port: the last group would read as one
        }

        return WithoutPort(address) is { } host && IsFourPartIPv4(host) && IsRemote(host);
    }

    /// <summary>
    /// A dotted host name of at least two labels under a <see cref="KnownSuffixes">known suffix</see>, optionally
    /// with a trailing dot and a port: <c>dynamodb.us-east-1.amazonaws.com</c>, <c>db.svc.cluster.local:5432</c>.
    /// No path: <c>ghcr.io/org/app</c> is an image and <c>Microsoft.Storage/storageAccounts</c> a resource type.
    /// </summary>
    public static bool IsHost(string text, EndpointShapeOptions options = EndpointShapeOptions.None)
    {
        var host = WithoutPort(text.Trim());
        if (host is null)
        {
            return false;
        }

        if (options.HasFlag(EndpointShapeOptions.Placeholders))
        {
            host = Placeholder().Replace(host, "x");
        }

        host = host.EndsWith('.') ? host[..^1] : host;
        var dot = host.LastIndexOf('.');
        return dot > 0 && Labels().IsMatch(host) && KnownSuffixes.Contains(host[(dot + 1)..]);
    }

    /// <summary>The host of <c>host</c> or <c>host:port</c>; null when what follows the colon is not a port.</summary>
    private static string? WithoutPort(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon < 0)
        {
            return text;
        }

        return IsPort(text[colon..], optional: false) ? text[..colon] : null;
    }

    /// <summary><c>:</c> followed by one to five digits up to 65535; or nothing, when the port is optional.</summary>
    private static bool IsPort(string text, bool optional) =>
        text.Length == 0
            ? optional
            : text.Length is >= 2 and <= 6 && text[0] == ':' && text[1..].All(char.IsAsciiDigit)
              && int.Parse(text[1..], NumberStyles.None, CultureInfo.InvariantCulture) <= 65535;

    private static bool IsFourPartIPv4(string text) => FourPartIPv4().IsMatch(text);

    /// <summary>An address that can name another machine: not unspecified (a listen address) nor loopback.</summary>
    private static bool IsRemote(string text) =>
        IPAddress.TryParse(text, out var address)
        && !IPAddress.IsLoopback(address)
        && !address.Equals(IPAddress.Any) && !address.Equals(IPAddress.IPv6Any);

    // A scheme, optional user information, then an authority up to the path, query or fragment.
    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.\-]*://(?:[^\s/?#@]*@)?(?<authority>[^\s/?#@]+)(?:[/?#]\S*)?$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Url();

    // Dot-separated labels of letters, digits, hyphens and underscores (_dmarc, SRV names), none starting or ending with a hyphen.
    [GeneratedRegex(@"^[a-zA-Z0-9_](?:[a-zA-Z0-9_\-]{0,61}[a-zA-Z0-9_])?(?:\.[a-zA-Z0-9_](?:[a-zA-Z0-9_\-]{0,61}[a-zA-Z0-9_])?)*$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Labels();

    [GeneratedRegex(@"^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex FourPartIPv4();

    [GeneratedRegex(@"\{[^{}]*\}", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Placeholder();
}
