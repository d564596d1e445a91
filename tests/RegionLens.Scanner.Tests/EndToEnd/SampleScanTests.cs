using RegionLens.Scanner.Graph;
using RegionLens.Scanner.Reporting;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Tests.EndToEnd;

/// <summary>The bundled outage-shaped sample, loaded through MSBuildWorkspace with its packages restored.</summary>
public sealed class SampleScanTests(RestoredSampleFixture sample) : IClassFixture<RestoredSampleFixture>
{
    [Fact]
    public void FindsEveryDependencyWithItsLocations()
    {
        Rendering.AssertLines(
        [
            "Region us-east-1 [aws/-/us-east-1] Iac deploy/terraform via provider \"aws\" Semantic @ deploy/terraform/main.tf:15:17",
            "Endpoint dynamodb.us-east-1.amazonaws.com [aws/dynamodb/us-east-1] Code src/Billing.Worker/Billing.Worker.csproj via ClientConfig.ServiceURL Semantic @ src/Billing.Worker/Program.cs:5:54",
            "Resolver 10.0.0.2 [other/-/-] Iac src/Edge.Gateway/Edge.Gateway.csproj via Deployment/edge-gateway dnsConfig.nameservers Semantic @ deploy/k8s/edge-gateway.yaml:19:13",
            "Endpoint s3.amazonaws.com [aws/s3/-] Code src/Edge.Gateway/Edge.Gateway.csproj via S3UsEast1RegionalEndpointValue.Legacy Semantic @ src/Edge.Gateway/Program.cs:22:85",
            "Resolver 8.8.8.8 [other/-/-] Code src/Edge.Gateway/Edge.Gateway.csproj via DnsClient.LookupClient Semantic @ src/Edge.Gateway/Program.cs:25:44",
            "Endpoint inventory.internal.example.net [other/-/-] Code src/Edge.Gateway/Edge.Gateway.csproj via GrpcChannel.ForAddress Semantic @ src/Edge.Gateway/Program.cs:27:35, src/Edge.Gateway/Upstreams.cs:12:58",
            "Endpoint pricing.staging.example.net [other/-/-] Config(launchSettings:Edge.Gateway) src/Edge.Gateway/Edge.Gateway.csproj via HttpClient.BaseAddress Semantic @ src/Edge.Gateway/Properties/launchSettings.json:7:30, src/Edge.Gateway/Upstreams.cs:9:66",
            "Endpoint pricing.internal.example.net [other/-/-] Config src/Edge.Gateway/Edge.Gateway.csproj via HttpClient.BaseAddress Semantic @ src/Edge.Gateway/appsettings.json:3:16, src/Edge.Gateway/Upstreams.cs:9:66",
            "Endpoint ledger.cluster-c9akciq32xyz.us-east-1.rds.amazonaws.com [aws/rds/us-east-1] Config src/Edge.Gateway/Edge.Gateway.csproj via GetConnectionString Semantic @ src/Edge.Gateway/appsettings.json:6:15, src/Edge.Gateway/Program.cs:33:14",
            "Endpoint hooks.partner.example.com [other/-/-] Code src/Orders.Api/Orders.Api.csproj via HttpClient.PostAsync Semantic @ src/Orders.Api/Webhooks.cs:9:26",
            "Region us-east-1 [aws/-/us-east-1] Config src/Orders.Api/Orders.Api.csproj via GetAWSOptions Semantic @ src/Orders.Api/appsettings.json:3:15, src/Orders.Api/Program.cs:11:15",
            "Endpoint payments.internal.example.com [other/-/-] Config src/Orders.Api/Orders.Api.csproj via HttpClient.BaseAddress Semantic @ src/Orders.Api/appsettings.json:6:16, src/Orders.Api/Program.cs:20:27",
            "Region us-east-1 [aws/-/us-east-1] Code src/Shared.Data/Shared.Data.csproj via RegionEndpoint.GetBySystemName Semantic @ src/Shared.Data/AwsDefaults.cs:6:41, src/Shared.Data/DynamoClientFactory.cs:10:34",
        ], sample.Result.Dependencies.Select(Rendering.Of));
    }

    [Fact]
    public void TheGatewaysOnlyNameServerTakesEveryNameTheGatewayLooksUp()
    {
        // dnsPolicy: None with one server: the pod resolves every name through 10.0.0.2, in whatever region it lives.
        var impact = FailureAnalysis.Analyse(sample.Result.Graph, FailureDomains.Named(sample.Result.Graph, "resolver:10.0.0.2"));

        var gateway = Assert.Single(impact.Affected);
        Assert.Equal(
            ("Edge.Gateway", "1/4"),
            (gateway.Component.Label, impact.BlastRadius));
        Assert.Equal(
        [
            "inventory.internal.example.net", "ledger.cluster-c9akciq32xyz.us-east-1.rds.amazonaws.com", "pricing.internal.example.net",
            "pricing.staging.example.net", "resolver 10.0.0.2", "s3.amazonaws.com",
        ], gateway.Lost.Select(n => n.Label));
        // The resolver that code builds answers only its own lookups: its loss takes nothing else.
        Assert.Equal(["resolver 8.8.8.8"], Assert.Single(FailureAnalysis.Analyse(sample.Result.Graph, FailureDomains.Named(sample.Result.Graph, "resolver:8.8.8.8")).Affected).Lost.Select(n => n.Label));
    }

    [Fact]
    public void TheSharedLibraryCountsForTheServicesThatReferenceIt()
    {
        Assert.Equal(
            ["deploy/terraform:stack", "src/Billing.Worker/Billing.Worker.csproj:service", "src/Edge.Gateway/Edge.Gateway.csproj:service", "src/Orders.Api/Orders.Api.csproj:service"],
            sample.Result.Components.Select(c => $"{c.Id}:{c.Kind}"));
        var shared = sample.Result.Dependencies.Single(d => d.Component == "src/Shared.Data/Shared.Data.csproj");
        Assert.Equal(["src/Billing.Worker/Billing.Worker.csproj", "src/Orders.Api/Orders.Api.csproj"], shared.UsedBy);
    }

    [Fact]
    public void FlagsThePinsAndTheSingleRegionChokePoint()
    {
        Rendering.AssertLines(
        [
            "RL0001 warning @ src/Shared.Data/AwsDefaults.cs:6, src/Shared.Data/DynamoClientFactory.cs:10: Region 'us-east-1' is hard-coded (RegionEndpoint.GetBySystemName); the client cannot follow a failover to another region",
            "RL0002 warning @ src/Billing.Worker/Program.cs:5: Endpoint 'dynamodb.us-east-1.amazonaws.com' (dynamodb in us-east-1, set through ClientConfig.ServiceURL) is hard-coded; it bypasses the SDK's region resolution and any failover",
            "RL0003 warning @ src/Edge.Gateway/Program.cs:22: 's3.amazonaws.com' looks global but depends on aws us-east-1, set through S3UsEast1RegionalEndpointValue.Legacy",
            "RL0004 warning @ deploy/k8s/edge-gateway.yaml:19: Only one DNS resolver is configured: 10.0.0.2 (Deployment/edge-gateway dnsConfig.nameservers, edge-gateway)",
            "RL0004 warning @ src/Edge.Gateway/Program.cs:25: Only one DNS resolver is configured: 8.8.8.8 (DnsClient.LookupClient)",
            "RL0005 note @ src/Edge.Gateway/Program.cs:25: IP address '8.8.8.8' is used as a DNS resolver (DnsClient.LookupClient); it bypasses DNS failover",
            "RL0006 note @ src/Orders.Api/Webhooks.cs:6: static field 'Client': HttpClient has no SocketsHttpHandler.PooledConnectionLifetime, so it never re-resolves DNS",
            "RL0008 warning @ deploy/terraform/main.tf:23, src/Billing.Worker/LedgerTable.cs:8: DynamoDB table 'ledger' exists only in us-east-1, with no replica in another region",
            "RL0010 note @ src/Billing.Worker/LedgerTable.cs:8: DescribeTableAsync (dynamodb) is a control-plane call at start-up",
            "RL0100 error @ deploy/k8s/edge-gateway.yaml:19, src/Edge.Gateway/Program.cs:22, src/Edge.Gateway/Program.cs:27, src/Edge.Gateway/Properties/launchSettings.json:7, src/Edge.Gateway/appsettings.json:3, src/Edge.Gateway/appsettings.json:6: If resolver 10.0.0.2 fails, Edge.Gateway can no longer reach inventory.internal.example.net, ledger.cluster-c9akciq32xyz.us-east-1.rds.amazonaws.com, pricing.internal.example.net, pricing.staging.example.net, resolver 10.0.0.2, s3.amazonaws.com, with no alternative (blast radius 1/4 components); path: Edge.Gateway -> resolver 10.0.0.2",
            "RL0100 error @ deploy/terraform/main.tf:15, src/Edge.Gateway/appsettings.json:6, src/Orders.Api/appsettings.json:3, deploy/terraform/main.tf:23, src/Billing.Worker/LedgerTable.cs:8, src/Billing.Worker/Program.cs:5, src/Edge.Gateway/Program.cs:22, src/Shared.Data/AwsDefaults.cs:6: If aws region us-east-1 fails, terraform, Billing.Worker, Edge.Gateway, Orders.Api can no longer reach dynamodb-table ledger, dynamodb.us-east-1.amazonaws.com, ledger.cluster-c9akciq32xyz.us-east-1.rds.amazonaws.com, region us-east-1, s3.amazonaws.com, with no alternative (blast radius 4/4 components); path: terraform -> region us-east-1 -> aws us-east-1",
            "RL0100 error @ src/Edge.Gateway/Program.cs:22: If aws s3 control plane fails, Edge.Gateway can no longer reach s3.amazonaws.com, with no alternative (blast radius 1/4 components); path: Edge.Gateway -> s3.amazonaws.com -> aws s3 control plane",
            "RL0100 error @ src/Edge.Gateway/Program.cs:25: If resolver 8.8.8.8 fails, Edge.Gateway can no longer reach resolver 8.8.8.8, with no alternative (blast radius 1/4 components); path: Edge.Gateway -> resolver 8.8.8.8",
        ], sample.Result.Findings.Select(Rendering.Of));
    }

    [Fact]
    public void EachSdkClientReportsWhereItsRegionComesFrom()
    {
        Rendering.AssertLines(
        [
            "AmazonDynamoDBClient serviceUrl [https://dynamodb.us-east-1.amazonaws.com] src/Billing.Worker/Billing.Worker.csproj @ src/Billing.Worker/Program.cs:6:16, src/Billing.Worker/Program.cs:5:54",
            "AmazonS3Client runtime [] src/Edge.Gateway/Edge.Gateway.csproj @ src/Edge.Gateway/Program.cs:22:14",
            "IAmazonDynamoDB awsOptions [config:AWS:Region] src/Orders.Api/Orders.Api.csproj @ src/Orders.Api/Program.cs:12:14",
            "AmazonDynamoDBClient explicit [us-east-1] src/Shared.Data/Shared.Data.csproj @ src/Shared.Data/DynamoClientFactory.cs:10:9, src/Shared.Data/AwsDefaults.cs:6:41",
        ], sample.Result.Clients.Select(c =>
            $"{c.Client} {JsonNames.Of(c.Source)} [{string.Join(", ", c.Values)}] {c.Component} @ {string.Join(", ", c.Locations.Select(l => $"{l.Path}:{l.Line}:{l.Column}"))}"));
    }

    [Fact]
    public void ADependencyThatDecidesAClientsRegionNamesThatClient()
    {
        Assert.Equal(
        [
            "dynamodb.us-east-1.amazonaws.com via ClientConfig.ServiceURL -> AmazonDynamoDBClient serviceUrl",
            "us-east-1 via GetAWSOptions -> IAmazonDynamoDB awsOptions",
            "us-east-1 via RegionEndpoint.GetBySystemName -> AmazonDynamoDBClient explicit",
        ], sample.Result.Dependencies.Where(d => d.Client is not null)
            .Select(d => $"{d.Value} via {d.Sink} -> {d.Client!.Client} {JsonNames.Of(d.Client.Source)}"));
    }

    [Fact]
    public void ARestoredSampleLoadsWithoutNotifications()
    {
        Assert.Empty(sample.Result.Notifications);
    }

    [Fact]
    public void TheScanLeavesTheScannedTreeUnchanged()
    {
        Assert.NotEmpty(sample.TreeBefore);
        Assert.Equal(sample.TreeBefore, sample.TreeAfter);
    }

    [Fact]
    public async Task TheSameInputGivesTheSameReportBytes()
    {
        var again = await RegionLensScanner.ScanAsync(sample.Copy.Root);

        Assert.Equal(JsonReportWriter.Write(sample.Result), JsonReportWriter.Write(again));
    }
}
