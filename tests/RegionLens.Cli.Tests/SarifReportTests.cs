using System.Text.Json;
using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests;

/// <summary>What `scan --format sarif` says about the bundled sample: rules, results, locations, fingerprints,
/// suppressions and notifications, and the same bytes for the same input.</summary>
public sealed class SarifReportTests(RestoredSample sample) : IClassFixture<RestoredSample>
{
    [Fact]
    public async Task EachFindingIsAResultWithItsRuleLevelAndLocations()
    {
        using var sarif = await ScanAsync(sample.Copy.Root);
        var run = sarif.RootElement.GetProperty("runs").EnumerateArray().Single();

        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal(
            ["RL0001", "RL0002", "RL0003", "RL0004", "RL0005", "RL0006", "RL0007", "RL0008", "RL0009", "RL0010", "RL0100"],
            driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(
            [
                "RL0001 warning src/Shared.Data/AwsDefaults.cs:6:41-52",
                "RL0002 warning src/Billing.Worker/Program.cs:5:54-96",
                "RL0003 warning src/Edge.Gateway/Program.cs:22:85-122",
                "RL0004 warning deploy/k8s/edge-gateway.yaml:19:13-21",
                "RL0004 warning src/Edge.Gateway/Program.cs:25:44-53",
                "RL0005 note src/Edge.Gateway/Program.cs:25:44-53",
                "RL0006 note src/Orders.Api/Webhooks.cs:6:49-52",
                "RL0008 warning deploy/terraform/main.tf:23:1-9",
                "RL0010 note src/Billing.Worker/LedgerTable.cs:8:63-88",
                "RL0100 error deploy/k8s/edge-gateway.yaml:19:13-21",
                "RL0100 error deploy/terraform/main.tf:15:17-28",
                "RL0100 error src/Edge.Gateway/Program.cs:22:85-122",
                "RL0100 error src/Edge.Gateway/Program.cs:25:44-53",
            ],
            run.GetProperty("results").EnumerateArray().Select(r =>
                $"{r.GetProperty("ruleId").GetString()} {r.GetProperty("level").GetString()} {Where(r.GetProperty("locations")[0])}"));
        Assert.All(run.GetProperty("results").EnumerateArray(), r => Assert.Equal(
            r.GetProperty("ruleId").GetString(), driver.GetProperty("rules")[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString()));
    }

    [Fact]
    public async Task AValueReadElsewhereIsARelatedLocationAndACodeFlowAndAChokePointHasOnePerLostEndpoint()
    {
        using var sarif = await ScanAsync(sample.Copy.Root);
        var result = Results(sarif).First(r => r.GetProperty("ruleId").GetString() == "RL0001");

        var related = Assert.Single(result.GetProperty("relatedLocations").EnumerateArray());
        Assert.Equal(
            (1, "src/Shared.Data/DynamoClientFactory.cs:10:34-64", "The value reaches the code that uses it here."),
            (related.GetProperty("id").GetInt32(), Where(related), related.GetProperty("message").GetProperty("text").GetString()));
        var flow = result.GetProperty("codeFlows")[0].GetProperty("threadFlows")[0].GetProperty("locations").EnumerateArray()
            .Select(l => Where(l.GetProperty("location")));
        Assert.Equal(["src/Shared.Data/AwsDefaults.cs:6:41-52", "src/Shared.Data/DynamoClientFactory.cs:10:34-64"], flow);

        var chokePoint = Results(sarif).First(r => r.GetProperty("ruleId").GetString() == "RL0100");
        // A choke point has a code flow per lost dependency's endpoint: from where its value is written to the code
        // that uses it.
        Assert.Equal(
            [
                "inventory.internal.example.net is lost when resolver 10.0.0.2 fails. | src/Edge.Gateway/Program.cs:27:35-80 The value is written here., src/Edge.Gateway/Upstreams.cs:12:58-80 The value reaches the code that uses it here.",
                "ledger.cluster-c9akciq32xyz.us-east-1.rds.amazonaws.com is lost when resolver 10.0.0.2 fails. | src/Edge.Gateway/appsettings.json:6:15-139 The value is written here., src/Edge.Gateway/Program.cs:33:14-47 The value reaches the code that uses it here.",
                "pricing.internal.example.net is lost when resolver 10.0.0.2 fails. | src/Edge.Gateway/appsettings.json:3:16-55 The value is written here., src/Edge.Gateway/Upstreams.cs:9:66-87 The value reaches the code that uses it here.",
                "pricing.staging.example.net is lost when resolver 10.0.0.2 fails. | src/Edge.Gateway/Properties/launchSettings.json:7:30-68 The value is written here., src/Edge.Gateway/Upstreams.cs:9:66-87 The value reaches the code that uses it here.",
                "resolver 10.0.0.2 is lost when resolver 10.0.0.2 fails. | deploy/k8s/edge-gateway.yaml:19:13-21 The value is written and used here.",
                "s3.amazonaws.com is lost when resolver 10.0.0.2 fails. | src/Edge.Gateway/Program.cs:22:85-122 The value is written and used here.",
            ],
            chokePoint.GetProperty("codeFlows").EnumerateArray().Select(f =>
                f.GetProperty("message").GetProperty("text").GetString() + " | "
                + string.Join(", ", f.GetProperty("threadFlows")[0].GetProperty("locations").EnumerateArray()
                    .Select(l => Where(l.GetProperty("location")) + " " + l.GetProperty("location").GetProperty("message").GetProperty("text").GetString()))));
        Assert.Equal(
            [
                "src/Edge.Gateway/Program.cs:22:85-122", "src/Edge.Gateway/Program.cs:27:35-80", "src/Edge.Gateway/Properties/launchSettings.json:7:30-68",
                "src/Edge.Gateway/appsettings.json:3:16-55", "src/Edge.Gateway/appsettings.json:6:15-139",
            ],
            chokePoint.GetProperty("relatedLocations").EnumerateArray().Select(Where));
    }

    [Fact]
    public async Task FingerprintsAreGitHubsLineHashAndAKeyWithoutLineNumbers()
    {
        using var sarif = await ScanAsync(sample.Copy.Root);

        var fingerprints = Results(sarif).First().GetProperty("partialFingerprints");
        // The line hash is the value GitHub's upload action computes for src/Shared.Data/AwsDefaults.cs line 6 (checked
        // with a separate implementation of the action's algorithm).
        Assert.Equal("5cd59785395fee8d:1", fingerprints.GetProperty("primaryLocationLineHash").GetString());
        Assert.Matches("^[0-9a-f]{32}:1$", fingerprints.GetProperty("regionLensKey/v1").GetString());
        var keys = Results(sarif).Select(r => r.GetProperty("partialFingerprints").GetProperty("regionLensKey/v1").GetString()).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public async Task FingerprintsSurviveALineInsertedAboveTheFinding()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        using var before = await ScanAsync(copy.Root);
        var path = copy.PathOf("src/Shared.Data/AwsDefaults.cs");
        File.WriteAllText(path, "\n" + File.ReadAllText(path));

        using var after = await ScanAsync(copy.Root);

        var (was, now) = (Results(before).First(), Results(after).First());
        Assert.Equal(("src/Shared.Data/AwsDefaults.cs:6:41-52", "src/Shared.Data/AwsDefaults.cs:7:41-52"), (Where(was.GetProperty("locations")[0]), Where(now.GetProperty("locations")[0])));
        Assert.Equal(was.GetProperty("partialFingerprints").ToString(), now.GetProperty("partialFingerprints").ToString());
    }

    [Fact]
    public async Task ASuppressedFindingIsKeptWithItsSuppression()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        var path = copy.PathOf("src/Billing.Worker/Program.cs");
        var lines = File.ReadAllText(path).Split('\n').ToList();
        lines.Insert(4, "// regionlens-disable-next-line RL0002 -- billing is single-region by design");
        File.WriteAllText(path, string.Join('\n', lines));

        using var sarif = await ScanAsync(copy.Root);

        var result = Results(sarif).Single(r => r.GetProperty("ruleId").GetString() == "RL0002");
        var suppression = Assert.Single(result.GetProperty("suppressions").EnumerateArray());
        Assert.Equal(
            ("inSource", "accepted", "billing is single-region by design", "src/Billing.Worker/Program.cs:5"),
            (suppression.GetProperty("kind").GetString(), suppression.GetProperty("status").GetString(), suppression.GetProperty("justification").GetString(),
             string.Join(':', Where(suppression.GetProperty("location")).Split(':')[..2])));
        Assert.Single(Results(sarif), r => r.TryGetProperty("suppressions", out _));
    }

    [Fact]
    public async Task NotificationsAreToolExecutionNotificationsWithTheirFileAndLine()
    {
        using var copy = SampleCopy.OfFixture("malformed");

        using var sarif = await ScanAsync(copy.Root);

        var invocation = sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations").EnumerateArray().Single();
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notifications = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().ToList();
        Assert.Contains(notifications, n => n.GetProperty("level").GetString() == "warning" &&
            n.GetProperty("message").GetProperty("text").GetString() == "could not parse: unterminated \" quote." &&
            Where(n.GetProperty("locations")[0]) == "Dockerfile:2");
        Assert.Contains(notifications, n => n.GetProperty("message").GetProperty("text").GetString() == "no C# project found; configuration and infrastructure files are still read (to scan C#, give the .sln, .slnx or .csproj, or the folder that holds it)." && !n.TryGetProperty("locations", out _));
        Assert.Empty(Results(sarif));
    }

    [Fact]
    public async Task TwoScansOfTheSameTreeGiveTheSameBytes()
    {
        var first = await CliRun.InvokeAsync("scan", sample.Copy.Root, "--format", "sarif");
        var second = await CliRun.InvokeAsync("scan", sample.Copy.Root, "--format", "sarif");

        Assert.Equal(first.Output, second.Output);
        Assert.DoesNotContain(sample.Copy.Root, first.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("change-me", first.Output, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"regionlens/OutageShaped/\"", first.Output, StringComparison.Ordinal);
    }

    private static async Task<JsonDocument> ScanAsync(string root)
    {
        var run = await CliRun.InvokeAsync("scan", root, "--format", "sarif", "--fail-on", "none");
        Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Error));
        return JsonDocument.Parse(run.Output);
    }

    private static IEnumerable<JsonElement> Results(JsonDocument sarif) =>
        sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray();

    /// <summary>"path:line:startColumn-endColumn", or "path:line" when the region has no columns.</summary>
    private static string Where(JsonElement location)
    {
        var physical = location.GetProperty("physicalLocation");
        var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString();
        Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = physical.GetProperty("region");
        var line = region.GetProperty("startLine").GetInt32();
        Assert.Equal(line, region.GetProperty("endLine").GetInt32());
        return region.TryGetProperty("startColumn", out var start)
            ? $"{uri}:{line}:{start.GetInt32()}-{region.GetProperty("endColumn").GetInt32()}"
            : $"{uri}:{line}";
    }
}
