using System.Text.Json;
using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests;

public sealed class RestoredSample : IDisposable
{
    internal SampleCopy Copy { get; } = SampleCopy.Of("OutageShaped", restore: true);

    public void Dispose() => Copy.Dispose();
}

/// <summary>`regionlens scan` end to end on the bundled sample: report formats, output file and exit codes.</summary>
public sealed class ScanCommandTests(RestoredSample sample) : IClassFixture<RestoredSample>
{
    [Fact]
    public async Task JsonReportListsTheDependenciesWithValueKindPathAndLine()
    {
        var run = await CliRun.InvokeAsync("scan", sample.Copy.Root, "--format", "json");

        Assert.Equal((ExitCodes.FailingFindings, string.Empty), (run.ExitCode, run.Error));
        using var report = JsonDocument.Parse(run.Output);
        var root = report.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(
        [
            "region us-east-1 iac deploy/terraform/main.tf:15",
            "endpoint dynamodb.us-east-1.amazonaws.com code src/Billing.Worker/Program.cs:5",
            "resolver 10.0.0.2 iac deploy/k8s/edge-gateway.yaml:19",
            "endpoint s3.amazonaws.com code src/Edge.Gateway/Program.cs:22",
            "resolver 8.8.8.8 code src/Edge.Gateway/Program.cs:25",
            "endpoint inventory.internal.example.net code src/Edge.Gateway/Program.cs:27 src/Edge.Gateway/Upstreams.cs:12",
            "endpoint pricing.staging.example.net config src/Edge.Gateway/Properties/launchSettings.json:7 src/Edge.Gateway/Upstreams.cs:9",
            "endpoint pricing.internal.example.net config src/Edge.Gateway/appsettings.json:3 src/Edge.Gateway/Upstreams.cs:9",
            "endpoint ledger.cluster-c9akciq32xyz.us-east-1.rds.amazonaws.com config src/Edge.Gateway/appsettings.json:6 src/Edge.Gateway/Program.cs:33",
            "endpoint hooks.partner.example.com code src/Orders.Api/Webhooks.cs:9",
            "region us-east-1 config src/Orders.Api/appsettings.json:3 src/Orders.Api/Program.cs:11",
            "endpoint payments.internal.example.com config src/Orders.Api/appsettings.json:6 src/Orders.Api/Program.cs:20",
            "region us-east-1 code src/Shared.Data/AwsDefaults.cs:6 src/Shared.Data/DynamoClientFactory.cs:10",
        ], root.GetProperty("dependencies").EnumerateArray().Select(Describe));
        Assert.Equal(["RL0001", "RL0002", "RL0003", "RL0004", "RL0004", "RL0005", "RL0006", "RL0008", "RL0010", "RL0100", "RL0100", "RL0100", "RL0100"], root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()));
        Assert.Equal(
        [
            "component:src/Edge.Gateway/Edge.Gateway.csproj > dependency:src/Edge.Gateway/Edge.Gateway.csproj|resolvers|Deployment/edge-gateway dnsConfig.nameservers|deploy/k8s/edge-gateway.yaml > endpoint:src/Edge.Gateway/Edge.Gateway.csproj|Resolver|10.0.0.2|Iac||Deployment/edge-gateway dnsConfig.nameservers|deploy/k8s/edge-gateway.yaml:19:13 > resolver:10.0.0.2",
            "component:deploy/terraform > dependency:deploy/terraform|deploys > endpoint:deploy/terraform|Region|us-east-1|Iac||provider \"aws\"|deploy/terraform/main.tf:15:17 > region:aws/us-east-1",
        ], root.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == "RL0100").Take(2)
            .Select(f => string.Join(" > ", f.GetProperty("path").EnumerateArray().Select(n => n.GetString()))));
        Assert.Empty(root.GetProperty("notifications").EnumerateArray());
        Assert.DoesNotContain("change-me", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"connectionString\": \"Host=ledger.cluster-c9akciq32xyz.us-east-1.rds.amazonaws.com;Port=5432;Database=ledger;Username=gateway;Password=***\"",
            run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceUrlHostIsClassifiedAsRegionalDynamoDb()
    {
        var run = await CliRun.InvokeAsync("scan", sample.Copy.Root, "--format", "json");

        using var report = JsonDocument.Parse(run.Output);
        var serviceUrl = report.RootElement.GetProperty("dependencies").EnumerateArray()
            .Single(d => d.GetProperty("sink").GetString() == "ClientConfig.ServiceURL");
        Assert.Equal(
            ("dynamodb", "us-east-1", "aws", "regional", "https://dynamodb.us-east-1.amazonaws.com"),
            (serviceUrl.GetProperty("service").GetString(), serviceUrl.GetProperty("region").GetString(), serviceUrl.GetProperty("partition").GetString(),
             serviceUrl.GetProperty("scope").GetString(), serviceUrl.GetProperty("url").GetString()));
    }

    [Theory]
    [InlineData("error", ExitCodes.FailingFindings)]
    [InlineData("warning", ExitCodes.FailingFindings)]
    [InlineData("none", ExitCodes.Clean)]
    public async Task FailOnSetsTheExitCode(string level, int expected)
    {
        var run = await CliRun.InvokeAsync("scan", sample.Copy.Root, "--fail-on", level);

        Assert.Equal(expected, run.ExitCode);
    }

    [Fact]
    public async Task ConsoleReportGroupsByRegionAndShowsFindingsWithPathAndLine()
    {
        var run = await CliRun.InvokeAsync("scan", sample.Copy.PathOf("OutageShaped.slnx"));

        Assert.Contains("  aws us-east-1\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  error   RL0100 deploy/terraform/main.tf:15\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  warning RL0001 src/Shared.Data/AwsDefaults.cs:6\n", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("13 findings: 4 errors, 6 warnings, 3 notes\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutputWritesTheReportToAFileInsteadOfStandardOutput()
    {
        var file = Path.Combine(Path.GetTempPath(), $"regionlens-{Guid.NewGuid():N}.json");
        try
        {
            var run = await CliRun.InvokeAsync("scan", sample.Copy.Root, "--format", "json", "--output", file, "--fail-on", "none");

            Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Output));
            using var report = JsonDocument.Parse(File.ReadAllText(file));
            Assert.Equal(13, report.RootElement.GetProperty("dependencies").GetArrayLength());
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Describe(JsonElement dependency) =>
        $"{dependency.GetProperty("kind").GetString()} {dependency.GetProperty("value").GetString()} {dependency.GetProperty("origin").GetString()} "
        + string.Join(" ", dependency.GetProperty("locations").EnumerateArray().Select(l => $"{l.GetProperty("path").GetString()}:{l.GetProperty("line").GetInt32()}"));
}
