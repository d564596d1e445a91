using RegionLens.Scanner.Tests.EndToEnd;

namespace RegionLens.Scanner.Tests.Formats;

/// <summary>web.config and .env files of a project, scanned end to end from their fixture folders.</summary>
public sealed class ApplicationConfigScanTests
{
    [Fact]
    public async Task AWebConfigsAwsRegionWcfEndpointAndConnectionStringAreTheProjectsDependencies()
    {
        var result = await FixtureScan.Of("webconfig");

        Rendering.AssertLines(
        [
            "Region us-east-1 [aws/-/us-east-1] Config Legacy.Orders/Legacy.Orders.csproj via <aws region> Semantic @ Legacy.Orders/web.config:6:15",
            "Endpoint orders-db.cluster-abc123.us-east-1.rds.amazonaws.com [aws/rds/us-east-1] Config Legacy.Orders/Legacy.Orders.csproj via connectionStrings Orders Semantic @ Legacy.Orders/web.config:11:41",
            "Endpoint inventory.internal.example.net [other/-/-] Config Legacy.Orders/Legacy.Orders.csproj via WCF client endpoint:Inventory Semantic @ Legacy.Orders/web.config:15:42",
        ], result.Dependencies.Select(Rendering.Of));
        Rendering.AssertLines(
        [
            "RL0100 error @ Legacy.Orders/web.config:11, Legacy.Orders/web.config:6: If aws region us-east-1 fails, Legacy.Orders can no longer reach orders-db.cluster-abc123.us-east-1.rds.amazonaws.com, region us-east-1, with no alternative (blast radius 1/1 components); path: Legacy.Orders -> orders-db.cluster-abc123.us-east-1.rds.amazonaws.com -> aws us-east-1",
        ], result.Findings.Select(Rendering.Of));
    }

    [Fact]
    public async Task DotEnvFilesOverrideTheKeyTheCodeReads()
    {
        var result = await FixtureScan.Of("dotenv");

        Rendering.AssertLines(
        [
            "Endpoint sqs.eu-west-1.amazonaws.com [aws/sqs/eu-west-1] Config Orders.Worker/Orders.Worker.csproj via Uri Syntactic @ Orders.Worker/.env:2:19, Orders.Worker/Program.cs:4:28",
            "Endpoint sqs.eu-central-1.amazonaws.com [aws/sqs/eu-central-1] Config(production) Orders.Worker/Orders.Worker.csproj via Uri Syntactic @ Orders.Worker/.env.production:1:12, Orders.Worker/Program.cs:4:28",
        ], result.Dependencies.Select(Rendering.Of));
    }
}
