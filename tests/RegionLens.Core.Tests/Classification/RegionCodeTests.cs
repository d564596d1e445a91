using System.Linq;
using RegionLens.Core.Classification;
using Xunit;

namespace RegionLens.Core.Tests.Classification;

/// <summary>The region-code shape check (DOMAIN §3.3 AWS_REGION) and the test catalogue itself (DOMAIN §3.1).</summary>
public class RegionCodeTests
{
    [Theory]
    [InlineData("us-east-1")]
    [InlineData("us-east-9")]
    [InlineData("ap-southeast-7")]
    [InlineData("cn-northwest-1")]
    [InlineData("us-gov-west-1")]
    [InlineData("us-iso-east-1")]
    [InlineData("us-isob-east-1")]
    [InlineData("us-isof-south-1")]
    [InlineData("eu-isoe-west-1")]
    [InlineData("eusc-de-east-1")]
    [InlineData("il-central-1")]
    [InlineData("mx-central-1")]
    public void Region_shaped_codes_look_like_region_codes(string text)
    {
        Assert.True(EndpointClassifier.LooksLikeRegionCode(text));
    }

    [Theory]
    [InlineData("aws-global")]
    [InlineData("aws-cn-global")]
    [InlineData("aws-us-gov-global")]
    [InlineData("eastus")]
    [InlineData("us-central1")]
    [InlineData("US-EAST-1")]
    [InlineData(" us-east-1")]
    [InlineData("us-east-1a")]
    [InlineData("us-east")]
    [InlineData("us-east-100")]
    [InlineData("xx-east-1")]
    [InlineData("dynamodb.us-east-1.amazonaws.com")]
    [InlineData("")]
    public void Other_text_does_not_look_like_a_region_code(string text)
    {
        Assert.False(EndpointClassifier.LooksLikeRegionCode(text));
    }

    [Fact]
    public void Null_does_not_look_like_a_region_code()
    {
        Assert.False(EndpointClassifier.LooksLikeRegionCode(null!));
    }

    [Fact]
    public void Every_real_region_is_region_shaped_and_classified_with_its_partition()
    {
        Assert.Equal(46, TestRegions.AwsRegions.Count);
        Assert.Equal(46, TestRegions.AwsRegions.Select(r => r.Code).Distinct().Count());
        foreach (var region in TestRegions.AwsRegions)
        {
            Assert.True(EndpointClassifier.LooksLikeRegionCode(region.Code), region.Code);

            var result = TestRegions.Classify($"sts.{region.Code}.amazonaws.com");
            Assert.Equal(region.Code, result.Region);
            Assert.Equal(region.Partition, result.Partition);
        }
    }
}
