using System.Linq;

namespace RegionLens.Core.Classification;

/// <summary>
/// Which provider a region name belongs to: AWS codes from the catalogue, Azure names (<c>eastus</c>, also
/// written as the display name <c>East US</c>, which ARM accepts) and GCP regions from the classifier's lists.
/// Shared by the scanner and the analyzers, so that both call the same names regions.
/// </summary>
public static class RegionNames
{
    public static (string Provider, string Region)? Identify(string text, RegionCatalogue regions)
    {
        if (regions.FindByCode(text) is { } aws)
        {
            return (aws.Provider, aws.Code);
        }

        var azure = text.Replace(" ", string.Empty).ToLowerInvariant();
        if (EndpointClassifier.AzureRegionNames.Contains(azure))
        {
            return ("azure", azure);
        }

        return EndpointClassifier.GcpRegionNames.Contains(text) ? ("gcp", text) : null;
    }
}
