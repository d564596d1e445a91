using System.Reflection;
using Amazon;
using RegionLens.Core.Classification;

namespace RegionLens.Scanner.Classification;

/// <summary>
/// The AWS regions as AWSSDK.Core knows them: every <c>RegionEndpoint</c> the SDK enumerates, and the name of the
/// static field that stands for it (<c>USGovCloudWest1</c> → <c>us-gov-west-1</c>), read by reflection so that a
/// new SDK version brings its new regions with it.
/// </summary>
public static class AwsRegionCatalogue
{
    private static readonly Lazy<RegionCatalogue> Catalogue = new(Build);

    public static RegionCatalogue Instance => Catalogue.Value;

    private static RegionCatalogue Build()
    {
        var fieldNames = typeof(RegionEndpoint)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(RegionEndpoint))
            .Select(field => (field.Name, Region: (RegionEndpoint)field.GetValue(null)!))
            .GroupBy(pair => pair.Region.SystemName, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First().Name, StringComparer.Ordinal);

        var regions = RegionEndpoint.EnumerableAllRegions
            .Select(region => new RegionInfo("aws", region.SystemName, region.PartitionName, fieldNames.GetValueOrDefault(region.SystemName), region.DisplayName));
        return new RegionCatalogue(regions);
    }
}
