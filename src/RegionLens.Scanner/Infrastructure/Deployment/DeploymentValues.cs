using RegionLens.Core.Classification;
using RegionLens.Core.Redaction;
using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Infrastructure.Deployment;

/// <summary>
/// Decides which deployment values are dependencies. Conservative on purpose: a value becomes an endpoint only when
/// the classifier reads a host out of it and that host can reach beyond the container — never loopback or the
/// unspecified address, never a single-label name (a compose service or a search-domain name), never a file name,
/// image reference, version or .NET type name that merely has dots in it.
/// </summary>
internal static class DeploymentValues
{
    // Names that end like these are files far more often than hosts in deployment files (`run.sh`, `app.dll`).
    private static readonly HashSet<string> FileExtensions = new(StringComparer.Ordinal)
    {
        "json", "yaml", "yml", "xml", "toml", "ini", "cfg", "conf", "config", "properties", "env", "txt", "log", "md",
        "csv", "dll", "exe", "so", "jar", "war", "zip", "gz", "tgz", "tar", "sh", "ps1", "py", "js", "ts", "cs",
        "html", "htm", "css", "pem", "crt", "cer", "key", "pfx", "p12", "jks", "db", "sqlite", "sock", "pid", "lock",
    };

    // The variables the AWS and Azure tooling read a region from.
    private static readonly HashSet<string> RegionVariables = new(StringComparer.OrdinalIgnoreCase)
    {
        "AWS_REGION", "AWS_DEFAULT_REGION", "AZURE_REGION",
    };

    /// <summary>
    /// The text to report when <paramref name="value"/> is an endpoint (a URL, host, IP address or connection string
    /// naming one), with any password or signature in it masked; null when it is not one.
    /// </summary>
    public static string? Endpoint(string value)
    {
        if (value.Length == 0 || value != value.Trim())
        {
            return null;
        }

        if (EndpointClassifier.Classify(value, AwsRegionCatalogue.Instance) is { } endpoint)
        {
            return IsReachable(value, endpoint) ? SecretRedactor.Redact(value) : null;
        }

        // "Server=orders.abc.rds.amazonaws.com;Password=…" or "cache.example.com:6379,ssl=true" name hosts too.
        var targets = ConnectionStringParser.Parse(value);
        return targets is not null && targets.Any(target => Endpoint(target.Host) is not null) ? SecretRedactor.Redact(value) : null;
    }

    /// <summary>True when <paramref name="value"/> is an IP address other than loopback or the unspecified address.</summary>
    public static bool IsAddress(string value) =>
        value == value.Trim()
        && EndpointClassifier.Classify(value, AwsRegionCatalogue.Instance) is { IsIpAddress: true, Scope: not EndpointScope.Loopback };

    /// <summary>
    /// True when <paramref name="value"/> is a region: an AWS region code (known, or shaped like one so that an unknown
    /// code is still reported, as DOMAIN §3.3 wants) under any name; an Azure or Google Cloud region name only under a
    /// name that says region or location, since words like <c>global</c> or <c>centralus</c> are not distinctive alone.
    /// </summary>
    public static bool IsRegion(string name, string value) =>
        AwsRegionCatalogue.Instance.IsKnown(value)
        || EndpointClassifier.LooksLikeRegionCode(value)
        || (NamesRegion(name) && (EndpointClassifier.AzureRegionNames.Contains(value) || EndpointClassifier.GcpRegionNames.Contains(value)));

    /// <summary><c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c>, <c>AZURE_REGION</c>, and keys such as <c>region</c>,
    /// <c>awsRegion</c>, <c>AWS__Region</c> or <c>location</c>.</summary>
    public static bool NamesRegion(string name) =>
        RegionVariables.Contains(name)
        || name.EndsWith("region", StringComparison.OrdinalIgnoreCase)
        || name.Equals("location", StringComparison.OrdinalIgnoreCase);

    private static bool IsReachable(string value, EndpointClassification endpoint)
    {
        if (endpoint.Scope is EndpointScope.Loopback or EndpointScope.Unknown)
        {
            return false; // localhost, 127.0.0.1, 0.0.0.0, or a host with an unresolved ${placeholder}
        }

        if (endpoint.IsIpAddress)
        {
            return true;
        }

        var labels = endpoint.Host.Split('.');
        if (labels.Length < 2)
        {
            return false; // "http://redis:6379": a compose service or a search-domain name
        }

        var hasScheme = value.Contains("://", StringComparison.Ordinal) || value.StartsWith("//", StringComparison.Ordinal);
        if (hasScheme)
        {
            return true;
        }

        // Without a scheme, a path or capital letters mean an image (ghcr.io/org/app), a file or a .NET name.
        var topLevel = labels[^1];
        return !value.Contains('/', StringComparison.Ordinal)
            && !value.Any(char.IsUpper)
            && (topLevel.All(char.IsAsciiLetterLower) || topLevel.StartsWith("xn--", StringComparison.Ordinal))
            && !FileExtensions.Contains(topLevel);
    }
}
