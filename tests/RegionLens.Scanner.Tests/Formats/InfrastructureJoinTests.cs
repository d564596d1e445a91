using RegionLens.Scanner.Tests.EndToEnd;

namespace RegionLens.Scanner.Tests.Formats;

/// <summary>
/// A solution with its Terraform, compose file and Kubernetes manifest: deployment facts belong to the project their
/// workload runs, the code's region is checked against where the infrastructure deploys (RL0007), a table the code
/// uses by name is checked for replicas (RL0008), and the mitigations — a replica, two resolvers, Route 53 failover with
/// health checks — are recognised.
/// </summary>
public sealed class InfrastructureJoinTests
{
    [Fact]
    public async Task TheSolutionsInfrastructureIsJoinedToItsCode()
    {
        var result = await FixtureScan.Of("solution");

        Assert.Equal(
            ["deploy/docker-compose.yml deployment", "deploy/terraform stack", "src/Orders.Api/Orders.Api.csproj service"],
            result.Components.Select(c => $"{c.Id} {c.Kind}"));
        Rendering.AssertLines(
        [
            "Resolver 8.8.8.8 [other/-/-] Iac deploy/docker-compose.yml via services.edge.dns Semantic @ deploy/docker-compose.yml:15:10",
            "Endpoint api.shop.example.com [other/-/-] Iac deploy/docker-compose.yml via services.edge.environment.UPSTREAM Semantic @ deploy/docker-compose.yml:17:17",
            "Region eu-west-1 [aws/-/eu-west-1] Iac deploy/terraform via provider \"aws\" Semantic @ deploy/terraform/main.tf:11:12",
            "Region us-west-2 [aws/-/us-west-2] Iac deploy/terraform via provider \"aws\" (alias west) Semantic @ deploy/terraform/main.tf:16:12",
            "Region us-west-2 [aws/-/us-west-2] Iac deploy/terraform via aws_dynamodb_table.ledger replica Semantic @ deploy/terraform/main.tf:45:19",
            "Resolver 10.0.0.2 [other/-/-] Iac src/Orders.Api/Orders.Api.csproj via services.orders-api.dns Semantic @ deploy/docker-compose.yml:7:9",
            "Resolver 10.0.0.3 [other/-/-] Iac src/Orders.Api/Orders.Api.csproj via services.orders-api.dns Semantic @ deploy/docker-compose.yml:8:9",
            "Region eu-west-1 [aws/-/eu-west-1] Config(compose:orders-api) src/Orders.Api/Orders.Api.csproj via RegionEndpoint.GetBySystemName Syntactic @ deploy/docker-compose.yml:10:20, src/Orders.Api/Program.cs:6:45",
            "Resolver 10.100.0.10 [other/-/-] Iac src/Orders.Api/Orders.Api.csproj via Deployment/orders-api dnsConfig.nameservers Semantic @ deploy/k8s/orders.yaml:20:13",
            "Region eu-west-1 [aws/-/eu-west-1] Config(kubernetes:Deployment/orders-api) src/Orders.Api/Orders.Api.csproj via RegionEndpoint.GetBySystemName Syntactic @ deploy/k8s/orders.yaml:28:22, src/Orders.Api/Program.cs:6:45",
            "Region us-west-1 [aws/-/us-west-1] Config src/Orders.Api/Orders.Api.csproj via RegionEndpoint.GetBySystemName Syntactic @ src/Orders.Api/appsettings.json:4:15, src/Orders.Api/Program.cs:6:45",
        ], result.Dependencies.Select(Rendering.Of));
        Rendering.AssertLines(
        [
            "RL0004 warning @ deploy/docker-compose.yml:15: Only one DNS resolver is configured: 8.8.8.8 (services.edge.dns, edge)",
            "RL0004 warning @ deploy/k8s/orders.yaml:20: Only one DNS resolver is configured: 10.100.0.10 (Deployment/orders-api dnsConfig.nameservers, orders-api)",
            "RL0007 warning @ src/Orders.Api/appsettings.json:4, src/Orders.Api/Program.cs:6: Region 'us-west-1' is used by the code but the infrastructure deploys only to eu-west-1, us-west-2",
            "RL0008 warning @ deploy/terraform/main.tf:20, src/Orders.Api/Program.cs:14: DynamoDB table 'shop-orders' exists only in eu-west-1, with no replica in another region",
            "RL0100 error @ deploy/docker-compose.yml:15, deploy/docker-compose.yml:17: If resolver 8.8.8.8 fails, docker-compose.yml can no longer reach api.shop.example.com, resolver 8.8.8.8, with no alternative (blast radius 1/3 components); path: docker-compose.yml -> resolver 8.8.8.8",
            "RL0100 error @ deploy/k8s/orders.yaml:20, deploy/docker-compose.yml:10, deploy/k8s/orders.yaml:28, src/Orders.Api/appsettings.json:4: If resolver 10.100.0.10 fails, Orders.Api can no longer reach region eu-west-1, region us-west-1, resolver 10.100.0.10, with no alternative (blast radius 1/3 components); path: Orders.Api -> resolver 10.100.0.10",
            "RL0100 error @ deploy/terraform/main.tf:11, deploy/docker-compose.yml:10, deploy/k8s/orders.yaml:28, deploy/terraform/main.tf:20, src/Orders.Api/Program.cs:14: If aws region eu-west-1 fails, terraform, Orders.Api can no longer reach dynamodb-table shop-orders, region eu-west-1, with no alternative (blast radius 2/3 components); path: terraform -> dynamodb-table shop-orders -> aws eu-west-1",
            "RL0100 error @ src/Orders.Api/appsettings.json:4: If aws region us-west-1 fails, Orders.Api can no longer reach region us-west-1, with no alternative (blast radius 1/3 components); path: Orders.Api -> region us-west-1 -> aws us-west-1",
        ], result.Findings.Select(Rendering.Of));
    }

    [Fact]
    public async Task ATableWithoutItsReplicaIsASingleRegionStoreToo()
    {
        var result = await FixtureScan.Of("solution", root => FixtureScan.Replace(root, "deploy/terraform/main.tf",
            "  replica {\n    region_name = \"us-west-2\"\n  }\n", string.Empty));

        Rendering.AssertLines(
        [
            "RL0008 warning @ deploy/terraform/main.tf:20, src/Orders.Api/Program.cs:14: DynamoDB table 'shop-orders' exists only in eu-west-1, with no replica in another region",
            "RL0008 warning @ deploy/terraform/main.tf:32, src/Orders.Api/Program.cs:20: DynamoDB table 'shop-ledger' exists only in eu-west-1, with no replica in another region",
        ], result.Findings.Where(f => f.RuleId == "RL0008").Select(Rendering.Of));
    }

    [Fact]
    public async Task ATableNamedThroughEscapeSequencesIsStillUsedByTheCode()
    {
        // The store-name search skips files whose text cannot hold the name; a literal with escapes does not hold it
        // verbatim in the source, so such files must still be read token by token.
        var result = await FixtureScan.Of("solution", root =>
        {
            FixtureScan.Replace(root, "src/Orders.Api/Program.cs", "TableName = \"shop-orders\"", "TableName = \"shop-ord\\u0065rs\"");
            FixtureScan.Replace(root, "src/Orders.Api/Program.cs", "TableName = \"shop-ledger\"", "TableName = \"shop-l\\u0065dger\"");
            FixtureScan.Replace(root, "deploy/terraform/main.tf", "  replica {\n    region_name = \"us-west-2\"\n  }\n", string.Empty);
        });

        Rendering.AssertLines(
        [
            "RL0008 warning @ deploy/terraform/main.tf:20, src/Orders.Api/Program.cs:14: DynamoDB table 'shop-orders' exists only in eu-west-1, with no replica in another region",
            "RL0008 warning @ deploy/terraform/main.tf:32, src/Orders.Api/Program.cs:20: DynamoDB table 'shop-ledger' exists only in eu-west-1, with no replica in another region",
        ], result.Findings.Where(f => f.RuleId == "RL0008").Select(Rendering.Of));
    }

    [Fact]
    public async Task OneResolverLeftInTheComposeServiceIsASingleResolver()
    {
        var result = await FixtureScan.Of("solution", root => FixtureScan.Replace(root, "deploy/docker-compose.yml", "      - 10.0.0.3\n", string.Empty));

        Rendering.AssertLines(
        [
            "RL0004 warning @ deploy/docker-compose.yml:7: Only one DNS resolver is configured: 10.0.0.2 (services.orders-api.dns, orders-api)",
            "RL0004 warning @ deploy/docker-compose.yml:14: Only one DNS resolver is configured: 8.8.8.8 (services.edge.dns, edge)",
            "RL0004 warning @ deploy/k8s/orders.yaml:20: Only one DNS resolver is configured: 10.100.0.10 (Deployment/orders-api dnsConfig.nameservers, orders-api)",
        ], result.Findings.Where(f => f.RuleId == "RL0004").Select(Rendering.Of));
    }

    [Fact]
    public async Task FailoverRecordsWithoutHealthChecksAreNotedAsNeedingTheControlPlane()
    {
        var healthy = await FixtureScan.Of("solution");
        var withoutChecks = await FixtureScan.Of("solution", root => FixtureScan.Replace(root, "deploy/terraform/main.tf",
            "  health_check_id = aws_route53_health_check.us.id\n", string.Empty));

        Assert.Equal(
            "Route 53 routing with health checks (failover:PRIMARY, failover:SECONDARY) at deploy/terraform/main.tf:63: fails over without the control plane",
            Assert.Single(healthy.Dependencies, d => d.Value == "api.shop.example.com").Note);
        Assert.Equal(
            "Route 53 routing (failover:PRIMARY, failover:SECONDARY) at deploy/terraform/main.tf:63 without health checks on every record: failing over means editing records",
            Assert.Single(withoutChecks.Dependencies, d => d.Value == "api.shop.example.com").Note);
    }

    [Fact]
    public async Task AStackWhoseRegionIsOnlyKnownAtDeployTimeMakesNoRegionMismatch()
    {
        var result = await FixtureScan.Of("solution", root => FixtureScan.Replace(root, "deploy/terraform/main.tf",
            "provider \"aws\" {\n  region = \"eu-west-1\"\n}", "variable \"aws_region\" {}\n\nprovider \"aws\" {\n  region = var.aws_region\n}"));

        Assert.DoesNotContain(result.Findings, f => f.RuleId == "RL0007");
    }
}
