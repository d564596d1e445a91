using RegionLens.Scanner.Graph;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Tests.UserConfiguration;

/// <summary>
/// Each key of <c>regionlens.json</c> changes the scan of the <c>solution</c> fixture exactly as documented: findings,
/// graph edges and what-if impact, compared with the same fixture scanned without the file.
/// </summary>
public sealed class UserConfigurationEffectTests
{
    private const string SingleResolver8888 =
        "RL0004 deploy/docker-compose.yml:15 Only one DNS resolver is configured: 8.8.8.8 (services.edge.dns, edge)";

    private const string SingleResolverK8s =
        "RL0004 deploy/k8s/orders.yaml:20 Only one DNS resolver is configured: 10.100.0.10 (Deployment/orders-api dnsConfig.nameservers, orders-api)";

    private const string UsWest1NotDeployed =
        "RL0007 src/Orders.Api/appsettings.json:4 Region 'us-west-1' is used by the code but the infrastructure deploys only to eu-west-1, us-west-2";

    private const string OrdersTable =
        "RL0008 deploy/terraform/main.tf:20 DynamoDB table 'shop-orders' exists only in eu-west-1, with no replica in another region";

    [Fact]
    public async Task WithoutTheFileTheFixtureHasItsKnownFindingsAndNoDeclaredDomain()
    {
        var result = await ConfiguredFixtureScan.Plain();

        Assert.Equal([SingleResolver8888, SingleResolverK8s, UsWest1NotDeployed, OrdersTable], ConfiguredFixtureScan.Findings(result));
        Assert.Empty(ConfiguredFixtureScan.FailsWith(result, "shop.example.com"));
        Assert.Empty(FailureDomains.Named(result.Graph, "dc:eu-1"));
        Assert.Equal(["component:src/Orders.Api/Orders.Api.csproj: region eu-west-1, region eu-west-1, region us-west-1, resolver 10.100.0.10"], ConfiguredFixtureScan.WhatIf(result, "resolver:10.100.0.10"));
    }

    [Fact]
    public async Task FailureDomainsGiveMatchedHostsTheUsersDomainAndWhatIfCanFailIt()
    {
        var result = await ConfiguredFixtureScan.Of("""
            {
              "failureDomains": {
                "*.shop.example.com": "dc:eu-1",
                "api-us.shop.example.com": "region:aws/us-west-2"
              }
            }
            """);

        // The records behind api.shop.example.com fail over with health checks between a host the user places in dc:eu-1
        // and one in us-west-2: the name survives either alone, and goes only when both do.
        Assert.Equal(
        [
            "api-eu.shop.example.com (failover:PRIMARY) -> dc:eu-1",
            "api-us.shop.example.com (failover:SECONDARY) -> region:aws/us-west-2",
        ], ConfiguredFixtureScan.FailsWith(result, "shop.example.com"));
        var declared = Assert.Single(FailureDomains.Named(result.Graph, "dc:eu-1"));
        Assert.Equal(("dc:eu-1", GraphNodeKind.Declared, "dc eu-1", true), (declared.Id, declared.Kind, declared.Label, declared.IsFailureDomain));
        Assert.Equal("aws us-west-2", result.Graph.Find("region:aws/us-west-2")!.Label);
        Assert.Equal([], ConfiguredFixtureScan.WhatIf(result, "dc:eu-1"));
        Assert.Equal([], ConfiguredFixtureScan.WhatIf(result, "us-west-2"));
        Assert.Equal(["component:deploy/docker-compose.yml: api.shop.example.com"], ConfiguredFixtureScan.WhatIf(result, "dc:eu-1", "us-west-2"));
        Assert.Equal([SingleResolver8888, SingleResolverK8s, UsWest1NotDeployed, OrdersTable], ConfiguredFixtureScan.Findings(result));
    }

    [Fact]
    public async Task ComponentRegionsAreTheComponentsDeployAlternativesAndDeployRegionsForRl0007()
    {
        var result = await ConfiguredFixtureScan.Of("""
            {
              "components": {
                "src/Orders.Api/Orders.Api.csproj": { "regions": ["us-west-1", "eu-west-1", "mars-1"] },
                "./src/Orders/": { "regions": ["us-east-1"] }
              }
            }
            """);

        Assert.Equal([SingleResolver8888, SingleResolverK8s, OrdersTable], ConfiguredFixtureScan.Findings(result));
        Assert.Equal(
            ["us-west-1 regionlens.json:3:55", "eu-west-1 regionlens.json:3:68"],
            result.Dependencies.Where(d => d.Sink == "components in regionlens.json").Select(d => $"{d.Value} {d.Locations[0]}"));
        var deploys = result.Graph.Find("dependency:src/Orders.Api/Orders.Api.csproj|deploys")!;
        Assert.Equal("regions us-west-1 | eu-west-1", deploys.Label);
        var uses = Assert.Single(result.Graph.InEdges(deploys));
        Assert.Equal(("component:src/Orders.Api/Orders.Api.csproj", GraphEdgeKind.Uses), (uses.Source.Id, uses.Kind));
        Assert.Equal(["regionlens.json:3:55", "regionlens.json:3:68"], uses.Evidence.Select(l => l.ToString()));
        Assert.Equal(
            ["region:aws/eu-west-1", "region:aws/us-west-1"],
            result.Graph.OutEdges(deploys).SelectMany(e => result.Graph.OutEdges(e.Target)).Select(e => e.Target.Id).Order(StringComparer.Ordinal));
        Assert.Contains(
            "Warning regionlens.json:4 components[\"src/Orders\"] names no component of this scan; its components are: "
            + "deploy/docker-compose.yml, deploy/terraform, src/Orders.Api/Orders.Api.csproj",
            Formats.FixtureScan.Notifications(result));
        Assert.Contains(
            "Warning regionlens.json:3 components[\"src/Orders.Api/Orders.Api.csproj\"].regions[2]: 'mars-1' is not a known region; ignored",
            Formats.FixtureScan.Notifications(result));
        Assert.Empty(FailureDomains.Named(result.Graph, "us-east-1"));
    }

    [Fact]
    public async Task AComponentInOneDeclaredRegionLosesItWhenThatRegionFails()
    {
        var result = await ConfiguredFixtureScan.Of("""{ "components": { "src/Orders.Api/Orders.Api.csproj": { "regions": ["us-east-1"] } } }""");

        Assert.Equal(["component:src/Orders.Api/Orders.Api.csproj: region us-east-1"], ConfiguredFixtureScan.WhatIf(result, "us-east-1"));
        Assert.Equal(
        [
            SingleResolver8888, SingleResolverK8s,
            "RL0007 src/Orders.Api/appsettings.json:4 Region 'us-west-1' is used by the code but the infrastructure deploys only to eu-west-1, us-east-1, us-west-2",
            OrdersTable,
        ], ConfiguredFixtureScan.Findings(result));
    }

    [Fact]
    public async Task AllowedRegionsReplaceTheDeployComparisonWithTheList()
    {
        var result = await ConfiguredFixtureScan.Of("""{ "allowedRegions": ["eu-west-1", "us-west-2"] }""");

        Assert.Equal(
        [
            SingleResolver8888, SingleResolverK8s,
            "RL0007 src/Orders.Api/appsettings.json:4 Region 'us-west-1' is not among the allowedRegions in regionlens.json (eu-west-1, us-west-2)",
            OrdersTable,
        ], ConfiguredFixtureScan.Findings(result));
    }

    [Fact]
    public async Task AnAllowedRegionIsNeverReportedAndADeployRegionOutsideTheListIs()
    {
        var result = await ConfiguredFixtureScan.Of("""{ "allowedRegions": ["us-west-1", "eu-west-1"] }""");

        Assert.Equal(
        [
            SingleResolver8888, SingleResolverK8s,
            "RL0007 deploy/terraform/main.tf:16 Region 'us-west-2' is not among the allowedRegions in regionlens.json (eu-west-1, us-west-1)",
            "RL0007 deploy/terraform/main.tf:45 Region 'us-west-2' is not among the allowedRegions in regionlens.json (eu-west-1, us-west-1)",
            OrdersTable,
        ], ConfiguredFixtureScan.Findings(result));
    }

    [Fact]
    public async Task ARedundantResolverIsNeitherRl0004NorAFailureDomain()
    {
        var result = await ConfiguredFixtureScan.Of("""{ "redundantResolvers": ["10.100.0.10"] }""");

        Assert.Equal([SingleResolver8888, UsWest1NotDeployed, OrdersTable], ConfiguredFixtureScan.Findings(result));
        Assert.Null(result.Graph.Find("resolver:10.100.0.10"));
        var endpoint = Assert.Single(result.Graph.Nodes, n => n is { Kind: GraphNodeKind.Endpoint, Label: "10.100.0.10" });
        Assert.Empty(result.Graph.OutEdges(endpoint));
        Assert.Empty(FailureDomains.Named(result.Graph, "resolver:10.100.0.10"));
        Assert.Equal(["component:deploy/docker-compose.yml: api.shop.example.com, resolver 8.8.8.8"], ConfiguredFixtureScan.WhatIf(result, "resolver:8.8.8.8"));
    }

    [Fact]
    public async Task ScanResultWithoutAFileAndWithAnEmptyOneAreTheSame()
    {
        var plain = await ConfiguredFixtureScan.Plain();
        var empty = await ConfiguredFixtureScan.Of("{}");

        Assert.Equal(ConfiguredFixtureScan.Findings(plain), ConfiguredFixtureScan.Findings(empty));
        Assert.Equal(plain.Graph.Edges.Select(e => $"{e.Source.Id} -> {e.Target.Id}"), empty.Graph.Edges.Select(e => $"{e.Source.Id} -> {e.Target.Id}"));
        Assert.Equal(ScanNotifications(plain), ScanNotifications(empty));
    }

    private static IEnumerable<string> ScanNotifications(ScanResult result) => Formats.FixtureScan.Notifications(result);
}
