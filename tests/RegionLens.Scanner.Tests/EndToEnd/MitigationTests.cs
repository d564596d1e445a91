using RegionLens.Scanner.Scanning;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.EndToEnd;

/// <summary>Multi-region designs (DOMAIN §7) are not reported as pins.</summary>
public sealed class MitigationTests
{
    [Fact]
    public async Task AListOfRegionsConsumedInOnePlaceIsNotAHardCodedPin()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        File.WriteAllText(copy.PathOf("src/Shared.Data/RegionalClients.cs"), """
            using Amazon;
            using Amazon.DynamoDBv2;

            namespace Shared.Data;

            public static class RegionalClients
            {
                private static readonly string[] Regions = { "us-east-1", "us-west-2" };

                public static IEnumerable<IAmazonDynamoDB> All()
                {
                    foreach (var region in Regions)
                    {
                        yield return new AmazonDynamoDBClient(RegionEndpoint.GetBySystemName(region));
                    }
                }
            }
            """);

        var result = await RegionLensScanner.ScanAsync(copy.Root);

        Assert.Equal(
            ["us-east-1 @ src/Shared.Data/RegionalClients.cs:8:50", "us-west-2 @ src/Shared.Data/RegionalClients.cs:8:63"],
            result.Dependencies.Where(d => d.Locations[0].Path.EndsWith("RegionalClients.cs", StringComparison.Ordinal))
                .Select(d => $"{d.Value} @ {d.Locations[0].Path}:{d.Locations[0].Line}:{d.Locations[0].Column}"));
        Assert.DoesNotContain(result.Findings, f => f.Locations.Any(l => l.Path.EndsWith("RegionalClients.cs", StringComparison.Ordinal)) && f.RuleId == "RL0001");
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "RL0100");
    }
}
