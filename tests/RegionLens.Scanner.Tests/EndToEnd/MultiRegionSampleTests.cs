using RegionLens.Scanner.Graph;
using RegionLens.Scanner.Reporting;
using RegionLens.Scanner.Scanning;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.EndToEnd;

/// <summary>The bundled multi-region sample, copied and restored once and scanned once.</summary>
public sealed class MultiRegionSampleFixture : IAsyncLifetime
{
    private SampleCopy? _copy;

    public ScanResult Result { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _copy = SampleCopy.Of("MultiRegion", restore: true);
        Result = await RegionLensScanner.ScanAsync(_copy.Root);
    }

    public Task DisposeAsync()
    {
        _copy?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// The counterpart of the outage-shaped sample: regions from a configured list, replicated tables, Route 53 failover
/// with health checks, HttpClients that re-resolve DNS and no single resolver. Nothing in it is a choke point.
/// </summary>
public sealed class MultiRegionSampleTests(MultiRegionSampleFixture sample) : IClassFixture<MultiRegionSampleFixture>
{
    // The shared library binds "AWS:Regions" to an options list; each service that references it lists us-east-1 and
    // us-west-2 in its own appsettings.json, so each service has the two regions, consumed by the one client: one
    // dependency with two alternatives.
    [Fact]
    public void FindsEveryDependencyWithItsLocations()
    {
        Rendering.AssertLines(
        [
            "Region us-east-1 [aws/-/us-east-1] Iac deploy/terraform via provider \"aws\" Semantic @ deploy/terraform/main.tf:13:12",
            "Region us-west-2 [aws/-/us-west-2] Iac deploy/terraform via provider \"aws\" (alias west) Semantic @ deploy/terraform/main.tf:18:12",
            "Region us-west-2 [aws/-/us-west-2] Iac deploy/terraform via aws_dynamodb_table.ledger replica Semantic @ deploy/terraform/main.tf:41:19",
            "Region us-west-2 [aws/-/us-west-2] Iac deploy/terraform via aws_dynamodb_table.orders replica Semantic @ deploy/terraform/main.tf:63:19",
            "Resolver 169.254.20.10 [other/-/-] Iac src/Billing.Worker/Billing.Worker.csproj via Deployment/billing-worker dnsConfig.nameservers Semantic @ deploy/k8s/billing-worker.yaml:19:13",
            "Resolver 10.96.0.10 [other/-/-] Iac src/Billing.Worker/Billing.Worker.csproj via Deployment/billing-worker dnsConfig.nameservers Semantic @ deploy/k8s/billing-worker.yaml:20:13",
            "Region us-east-1 [aws/-/us-east-1] Config src/Billing.Worker/Billing.Worker.csproj via RegionEndpoint.GetBySystemName Semantic @ src/Billing.Worker/appsettings.json:3:18, src/Shared.Data/RegionalDynamoClients.cs:15:32, src/Shared.Data/RegionalDynamoClients.cs:17:51",
            "Region us-west-2 [aws/-/us-west-2] Config src/Billing.Worker/Billing.Worker.csproj via RegionEndpoint.GetBySystemName Semantic @ src/Billing.Worker/appsettings.json:3:31, src/Shared.Data/RegionalDynamoClients.cs:15:32, src/Shared.Data/RegionalDynamoClients.cs:17:51",
            "Endpoint api.multiregion.example.com [other/-/-] Config src/Edge.Gateway/Edge.Gateway.csproj via HttpClient.BaseAddress Semantic @ src/Edge.Gateway/appsettings.json:3:15, src/Edge.Gateway/Program.cs:16:34",
            "Endpoint hooks.partner.example.com [other/-/-] Code src/Orders.Api/Orders.Api.csproj via HttpClient.PostAsync Semantic @ src/Orders.Api/Webhooks.cs:12:26",
            "Region us-east-1 [aws/-/us-east-1] Config src/Orders.Api/Orders.Api.csproj via RegionEndpoint.GetBySystemName Semantic @ src/Orders.Api/appsettings.json:3:18, src/Shared.Data/RegionalDynamoClients.cs:15:32, src/Shared.Data/RegionalDynamoClients.cs:17:51",
            "Region us-west-2 [aws/-/us-west-2] Config src/Orders.Api/Orders.Api.csproj via RegionEndpoint.GetBySystemName Semantic @ src/Orders.Api/appsettings.json:3:31, src/Shared.Data/RegionalDynamoClients.cs:15:32, src/Shared.Data/RegionalDynamoClients.cs:17:51",
            "Endpoint payments.multiregion.example.com [other/-/-] Config src/Orders.Api/Orders.Api.csproj via HttpClient.BaseAddress Semantic @ src/Orders.Api/appsettings.json:6:16, src/Orders.Api/Program.cs:20:75",
        ], sample.Result.Dependencies.Select(Rendering.Of));
    }

    [Fact]
    public void TheApiNameIsKnownToFailOverWithHealthChecks()
    {
        var api = sample.Result.Dependencies.Single(d => d.Value == "api.multiregion.example.com");

        Assert.Equal(
            "Route 53 routing with health checks (failover:PRIMARY, failover:SECONDARY) at deploy/terraform/main.tf:117: fails over without the control plane",
            api.Note);
    }

    [Fact]
    public void TheApiNameIsServedFromEachLoadBalancersRegionAndSurvivesEither()
    {
        var graph = sample.Result.Graph;
        var api = Assert.Single(graph.Nodes, n => n.Kind == GraphNodeKind.Dependency && n.Label == "api.multiregion.example.com");

        Assert.Equal(
        [
            "aws_lb.api_east.dns_name (failover:PRIMARY) fails with region:aws/us-east-1 @ deploy/terraform/main.tf:13:12",
            "aws_lb.api_west.dns_name (failover:SECONDARY) fails with region:aws/us-west-2 @ deploy/terraform/main.tf:18:12",
        ],
            from served in graph.OutEdges(api).OrderBy(e => e.Target.Id, StringComparer.Ordinal)
            from fails in graph.OutEdges(served.Target)
            let at = fails.Evidence.Single()
            select $"{served.Target.Label} fails with {fails.Target.Id} @ {at.Path}:{at.Line}:{at.Column}");
        Assert.Empty(FailureAnalysis.Analyse(graph, FailureDomains.Named(graph, "us-east-1")).Affected);
        Assert.DoesNotContain(
            FailureAnalysis.Analyse(graph, FailureDomains.Named(graph, "us-west-2")).Affected.SelectMany(a => a.Lost),
            n => n == api);
    }

    [Fact]
    public void TheOneDynamoClientTakesItsRegionsFromConfiguration()
    {
        Rendering.AssertLines(
        [
            "AmazonDynamoDBClient configuration [config:AWS:Regions] src/Shared.Data/Shared.Data.csproj @ src/Shared.Data/RegionalDynamoClients.cs:17:26, src/Shared.Data/RegionalDynamoClients.cs:15:32",
        ], sample.Result.Clients.Select(c =>
            $"{c.Client} {JsonNames.Of(c.Source)} [{string.Join(", ", c.Values)}] {c.Component} @ {string.Join(", ", c.Locations.Select(l => $"{l.Path}:{l.Line}:{l.Column}"))}"));
    }

    [Fact]
    public void EachServicesRegionListSurvivesTheLossOfEitherRegion()
    {
        var graph = sample.Result.Graph;
        var lists = graph.Nodes.Where(n => n.Kind == GraphNodeKind.Dependency && n.Id.Contains("|regions|", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["src/Billing.Worker/Billing.Worker.csproj: 2 regions", "src/Orders.Api/Orders.Api.csproj: 2 regions"],
            lists.Select(n => $"{n.Id["dependency:".Length..n.Id.IndexOf('|', StringComparison.Ordinal)]}: {graph.OutEdges(n).Count(e => e.Kind == GraphEdgeKind.ServedBy)} regions"));

        foreach (var region in new[] { "us-east-1", "us-west-2" })
        {
            var lost = FailureAnalysis.Analyse(graph, FailureDomains.Named(graph, region)).Affected.SelectMany(a => a.Lost);
            Assert.DoesNotContain(lost, lists.Contains);
        }
    }

    [Fact]
    public void ReportsNoFindings()
    {
        Rendering.AssertLines([], sample.Result.Findings.Select(Rendering.Of));
    }

    [Fact]
    public void ARestoredSampleLoadsWithoutNotifications()
    {
        Assert.Empty(sample.Result.Notifications);
    }
}
