namespace RegionLens.Scanner.Infrastructure;

/// <summary>Which environment variables in deployment files name a region; whether a value names an endpoint is
/// <see cref="Classification.EndpointShape"/>'s to say.</summary>
public static class EnvironmentValues
{
    private static readonly HashSet<string> RegionVariables = new(StringComparer.OrdinalIgnoreCase)
    {
        "AWS_REGION", "AWS_DEFAULT_REGION", "AZURE_REGION", "AZURE_LOCATION", "GOOGLE_CLOUD_REGION", "CLOUDSDK_COMPUTE_REGION",
    };

    /// <summary>The variables the cloud SDKs and CLIs read their region from.</summary>
    public static bool IsRegionVariable(string name) => RegionVariables.Contains(name);
}
