using RegionLens.Scanner.Graph;
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

        // One dependency served from both regions: losing either leaves the other; losing both takes it.
        var pair = Assert.Single(result.Graph.Nodes, n => n.Label == "regions us-east-1 | us-west-2");
        GraphNode[] Lost(params string[] regions) => [.. FailureAnalysis.Analyse(result.Graph, [.. regions.SelectMany(r => FailureDomains.Named(result.Graph, r))])
            .Affected.SelectMany(a => a.Lost).Distinct()];
        Assert.DoesNotContain(pair, Lost("us-east-1"));
        Assert.DoesNotContain(pair, Lost("us-west-2"));
        Assert.Contains(pair, Lost("us-east-1", "us-west-2"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "RL0100" && f.Locations.Any(l => l.Path.EndsWith("RegionalClients.cs", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task CosmosRegionPreferencesAreNotPinsButASingleRegionOrAnEndpointLimitIs()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        File.WriteAllText(copy.PathOf("src/Shared.Data/Catalog.cs"), """
            using Microsoft.Azure.Cosmos;

            namespace Shared.Data;

            public static class Catalog
            {
                public static CosmosClientOptions Nearest() => new CosmosClientOptions { ApplicationRegion = Regions.EastUS };
                public static CosmosClientOptions Pair() => new CosmosClientOptions { ApplicationPreferredRegions = new List<string> { Regions.EastUS, Regions.WestUS } };
                public static CosmosClientOptions Single() => new CosmosClientOptions { ApplicationPreferredRegions = new List<string> { Regions.WestEurope } };
                public static CosmosClientOptions Pinned() => new CosmosClientOptions { LimitToEndpoint = true };
            }
            """);

        var result = await RegionLensScanner.ScanAsync(copy.Root);

        Assert.Equal(
            ["eastus [azure/eastus]", "eastus [azure/eastus]", "westus [azure/westus]", "westeurope [azure/westeurope]"],
            result.Dependencies.Where(d => d.Locations[0].Path.EndsWith("Catalog.cs", StringComparison.Ordinal)).Select(d => $"{d.Value} [{d.Provider}/{d.Region}]"));
        Assert.Equal(
        [
            "RL0009 src/Shared.Data/Catalog.cs:9: Cosmos client prefers the single region 'westeurope' (CosmosClientOptions.ApplicationPreferredRegions); list a second region to fail over to",
            "RL0009 src/Shared.Data/Catalog.cs:10: Cosmos client set to LimitToEndpoint: it never discovers the account's other regions and cannot fail over",
            "RL0100 src/Shared.Data/Catalog.cs:9: If azure region westeurope fails, Billing.Worker, Orders.Api can no longer reach region westeurope, with no alternative (blast radius 2/4 components); path: Billing.Worker -> Shared.Data -> region westeurope -> azure westeurope",
        ], result.Findings.Where(f => f.Locations[0].Path.EndsWith("Catalog.cs", StringComparison.Ordinal)).Select(f => $"{f.RuleId} {f.Locations[0].Path}:{f.Locations[0].Line}: {f.Message}"));
    }

    [Fact]
    public async Task RegionsOfCdkStacksAreInfrastructureNotPinsInCode()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        File.WriteAllText(copy.PathOf("src/Shared.Data/Deployment.cs"), """
            using Amazon.CDK;
            using Amazon.CDK.AWS.DynamoDB;

            namespace Shared.Data;

            public static class Deployment
            {
                public static StackProps Primary() => new StackProps { Env = new Amazon.CDK.Environment { Region = "us-east-1" } };
                public static TablePropsV2 Orders() => new TablePropsV2 { Replicas = new[] { new ReplicaTableProps { Region = "us-west-2" } } };
            }
            """);

        var result = await RegionLensScanner.ScanAsync(copy.Root);

        Assert.Equal(
            ["us-east-1 Iac CDK Environment.Region", "us-west-2 Iac CDK ReplicaTableProps.Region"],
            result.Dependencies.Where(d => d.Locations[0].Path.EndsWith("Deployment.cs", StringComparison.Ordinal)).Select(d => $"{d.Value} {d.Origin} {d.Sink}"));
        Assert.DoesNotContain(result.Findings, f => f.Locations.Any(l => l.Path.EndsWith("Deployment.cs", StringComparison.Ordinal)));
    }
}
