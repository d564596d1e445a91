using RegionLens.Core.Classification;
using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Infrastructure.Arm;

/// <summary>
/// Decides whether a template string names an endpoint: a URL, an IP address, or a dotted host whose last label is a
/// public top-level domain. The suffix test keeps resource types (<c>Microsoft.Storage/storageAccounts</c>) and
/// version numbers out, which are dotted too.
/// </summary>
internal static class EndpointText
{
    private static readonly HashSet<string> PublicSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "net", "org", "io", "dev", "app", "cloud", "co", "ai", "me", "info", "biz", "gov", "edu", "mil", "int",
        "us", "uk", "eu", "de", "fr", "nl", "se", "ch", "it", "es", "ie", "jp", "cn", "in", "au", "nz", "ca", "br",
        "kr", "sg", "ms", "sh", "tv", "xyz", "tech", "online", "site",
    };

    public static bool IsEndpoint(string text)
    {
        if (EndpointClassifier.Classify(text, AwsRegionCatalogue.Instance) is not { } endpoint)
        {
            return false;
        }

        if (endpoint.IsIpAddress || text.Contains("://", StringComparison.Ordinal))
        {
            return true;
        }

        var dot = endpoint.Host.LastIndexOf('.');
        return dot > 0 && PublicSuffixes.Contains(endpoint.Host[(dot + 1)..]);
    }
}
