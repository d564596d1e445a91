using RegionLens.Core.Classification;

namespace RegionLens.Scanner.Classification;

/// <summary>
/// Which provider a region name belongs to: AWS codes from the SDK's catalogue, Azure names (<c>eastus</c>, also
/// written as the display name <c>East US</c>, which ARM accepts) and GCP regions from the classifier's lists.
/// </summary>
public static class RegionNames
{
    public static (string Provider, string Region)? Identify(string text, RegionCatalogue regions)
    {
        if (regions.FindByCode(text) is { } aws)
        {
            return (aws.Provider, aws.Code);
        }

        var azure = text.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (EndpointClassifier.AzureRegionNames.Contains(azure))
        {
            return ("azure", azure);
        }

        return EndpointClassifier.GcpRegionNames.Contains(text) ? ("gcp", text) : null;
    }
}
