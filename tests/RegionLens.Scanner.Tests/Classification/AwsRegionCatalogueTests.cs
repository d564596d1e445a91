using RegionLens.Core.Classification;
using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Tests.Classification;

/// <summary>The catalogue comes from AWSSDK.Core itself, field names included.</summary>
public sealed class AwsRegionCatalogueTests
{
    [Theory]
    [InlineData("USEast1", "us-east-1", "aws")]
    [InlineData("USGovCloudWest1", "us-gov-west-1", "aws-us-gov")]
    [InlineData("CNNorthWest1", "cn-northwest-1", "aws-cn")]
    [InlineData("EUSCDeEast1", "eusc-de-east-1", "aws-eusc")]
    [InlineData("APSoutheast7", "ap-southeast-7", "aws")]
    public void SdkFieldNamesMapToSystemNames(string field, string code, string partition)
    {
        var region = AwsRegionCatalogue.Instance.FindBySdkField(field);

        Assert.NotNull(region);
        Assert.Equal((code, partition), (region.Code, region.Partition));
    }

    [Fact]
    public void UnknownCodesAreNotInTheCatalogue()
    {
        Assert.True(AwsRegionCatalogue.Instance.IsKnown("us-east-1"));
        Assert.False(AwsRegionCatalogue.Instance.IsKnown("us-east-9"));
        Assert.Null(AwsRegionCatalogue.Instance.FindBySdkField("USEast9"));
        Assert.True(AwsRegionCatalogue.Instance.Regions.Count >= 45, "AWSSDK.Core 4.1 lists 49 regions");
    }

    /// <summary>The analyzers cannot load the SDK, so they read its regions from rules/aws-regions.json: it must be the
    /// SDK's list, field names and partitions included. Regenerate it from the SDK when this fails after an update.</summary>
    [Fact]
    public void TheAnalyzersRegionListIsTheSdks()
    {
        static string Row(RegionInfo r) => $"{r.Code} {r.Partition} {r.SdkFieldName} {r.DisplayName}";
        Assert.Equal(AwsRegionCatalogue.Instance.Regions.Select(Row), AwsRegionList.Catalogue.Regions.Select(Row));
    }
}
