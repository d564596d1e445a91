using RegionLens.Core.Classification;
using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Infrastructure;

/// <summary>Which environment variables and values in deployment files are dependencies.</summary>
public static class EnvironmentValues
{
    private static readonly HashSet<string> RegionVariables = new(StringComparer.OrdinalIgnoreCase)
    {
        "AWS_REGION", "AWS_DEFAULT_REGION", "AZURE_REGION", "AZURE_LOCATION", "GOOGLE_CLOUD_REGION", "CLOUDSDK_COMPUTE_REGION",
    };

    /// <summary>The variables the cloud SDKs and CLIs read their region from.</summary>
    public static bool IsRegionVariable(string name) => RegionVariables.Contains(name);

    /// <summary>A URL, a dotted host name the provider grammars or public suffixes recognise, or an IP address; not a
    /// bare word, a path, an image name or a version string.</summary>
    public static bool LooksLikeEndpoint(string value)
    {
        var text = value.Trim();
        if (text.Length == 0 || text.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        if (text.Contains("://", StringComparison.Ordinal))
        {
            // A listen address (http://+:8080, http://0.0.0.0:80, http://localhost) is where the workload serves, not a dependency.
            return EndpointClassifier.Classify(text, AwsRegionCatalogue.Instance) is { } url
                && (url.Host.Contains('.', StringComparison.Ordinal) || url.IsIpAddress)
                && url.Scope != EndpointScope.Loopback && url.Host != "0.0.0.0" && url.Host != "::";
        }

        return text.Contains('.', StringComparison.Ordinal) && !text.Contains('/', StringComparison.Ordinal)
            && EndpointClassifier.Classify(text, AwsRegionCatalogue.Instance) is { } endpoint
            && (endpoint.IsIpAddress || endpoint.Provider != "other" || HasHostShape(text));
    }

    // "orders.internal.example.net" is a host; "1.2.3" and "appsettings.json" are not.
    private static bool HasHostShape(string text)
    {
        var labels = text.Split('.');
        var last = labels[^1];
        return labels.Length >= 3 && last.Length >= 2 && last.All(char.IsAsciiLetterLower) && labels.All(l => l.Length > 0);
    }
}
