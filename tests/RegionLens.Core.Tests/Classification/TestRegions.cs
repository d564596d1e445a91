using System.Collections.Generic;
using System.Linq;
using RegionLens.Core.Classification;
using Xunit;

namespace RegionLens.Core.Tests.Classification;

/// <summary>The 46 real AWS regions and their partitions (DOMAIN §3.1), as the scanner's catalogue would hold them.</summary>
internal static class TestRegions
{
    private static readonly (string Partition, string[] Codes)[] Partitions =
    {
        ("aws", new[]
        {
            "af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1",
            "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5",
            "ap-southeast-6", "ap-southeast-7", "ca-central-1", "ca-west-1", "eu-central-1", "eu-central-2",
            "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3", "il-central-1",
            "me-central-1", "me-south-1", "mx-central-1", "sa-east-1", "us-east-1", "us-east-2", "us-west-1",
            "us-west-2",
        }),
        ("aws-cn", new[] { "cn-north-1", "cn-northwest-1" }),
        ("aws-us-gov", new[] { "us-gov-east-1", "us-gov-west-1" }),
        ("aws-eusc", new[] { "eusc-de-east-1" }),
        ("aws-iso", new[] { "us-iso-east-1", "us-iso-west-1" }),
        ("aws-iso-b", new[] { "us-isob-east-1", "us-isob-west-1" }),
        ("aws-iso-e", new[] { "eu-isoe-west-1" }),
        ("aws-iso-f", new[] { "us-isof-east-1", "us-isof-south-1" }),
    };

    public static IReadOnlyList<RegionInfo> AwsRegions { get; } = Partitions
        .SelectMany(p => p.Codes.Select(code => new RegionInfo("aws", code, p.Partition, sdkFieldName: null, displayName: null)))
        .ToList();

    public static RegionCatalogue Aws { get; } = new(AwsRegions);

    public static RegionCatalogue Empty { get; } = new(new List<RegionInfo>());

    /// <summary>Classifies against <see cref="Aws"/> and fails the test when the text is not taken for a host.</summary>
    public static EndpointClassification Classify(string text, RegionCatalogue? regions = null)
    {
        var result = EndpointClassifier.Classify(text, regions ?? Aws);
        Assert.True(result is not null, $"'{text}' was not recognised as a host");
        return result!;
    }
}
