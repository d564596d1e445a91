using System.Text.Json;
using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests;

/// <summary>`scan --baseline FILE.sarif`: findings are matched to a previous SARIF report by their line-independent key,
/// and only the new ones fail the run.</summary>
public sealed class BaselineCommandTests
{
    [Fact]
    public async Task OnlyTheFindingAddedSinceTheBaselineIsNewAndFailsTheRun()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        var baseline = await BaselineOfAsync(copy);
        // A second static client, one line above the first: a new RL0006, and every later line moves down.
        FileEdit.InsertLine(copy.PathOf("src/Orders.Api/Webhooks.cs"), 6, "    private static readonly HttpClient Audit = new();");

        var run = await CliRun.InvokeAsync("scan", copy.Root, "--format", "sarif", "--baseline", baseline, "--fail-on", "note");

        Assert.Equal((ExitCodes.FailingFindings, string.Empty), (run.ExitCode, run.Error));
        using var sarif = JsonDocument.Parse(run.Output);
        Assert.Equal(["new 1", "unchanged 13"], StateCounts(sarif));
        var added = Assert.Single(Results(sarif), r => r.GetProperty("baselineState").GetString() == "new");
        Assert.Equal(
            ("RL0006", "static field 'Audit': HttpClient has no SocketsHttpHandler.PooledConnectionLifetime, so it never re-resolves DNS."),
            (added.GetProperty("ruleId").GetString(), added.GetProperty("message").GetProperty("text").GetString()));
    }

    [Fact]
    public async Task AnUnchangedTreePassesWithEveryFindingUnchanged()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        var baseline = await BaselineOfAsync(copy);

        var run = await CliRun.InvokeAsync("scan", copy.Root, "--format", "sarif", "--baseline", baseline, "--fail-on", "note");

        Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Error));
        using var sarif = JsonDocument.Parse(run.Output);
        Assert.Equal(["unchanged 13"], StateCounts(sarif));
    }

    [Fact]
    public async Task AFindingFixedSinceTheBaselineIsReportedAbsentWithItsRuleAndLocation()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        var baseline = await BaselineOfAsync(copy);
        FileEdit.Replace(copy.PathOf("src/Orders.Api/Webhooks.cs"), "HttpClient Client = new();", "HttpClient Client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) });");

        var run = await CliRun.InvokeAsync("scan", copy.Root, "--format", "sarif", "--baseline", baseline, "--fail-on", "note");

        Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Error));
        using var sarif = JsonDocument.Parse(run.Output);
        Assert.Equal(["absent 1", "unchanged 12"], StateCounts(sarif));
        var absent = Results(sarif).Last();
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal(
            ("absent", "RL0006", "RL0006", "note", "src/Orders.Api/Webhooks.cs", 6),
            (absent.GetProperty("baselineState").GetString(), absent.GetProperty("ruleId").GetString(),
             rules[absent.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString(), absent.GetProperty("level").GetString(),
             absent.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(),
             absent.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32()));
    }

    [Fact]
    public async Task AFindingWhoseLevelChangedIsUpdatedAndDoesNotFail()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        var baseline = await BaselineOfAsync(copy);
        File.WriteAllText(copy.PathOf("regionlens.json"), """{ "rules": { "RL0006": "error" } }""");

        var run = await CliRun.InvokeAsync("scan", copy.Root, "--format", "json", "--baseline", baseline, "--fail-on", "note");

        Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Error));
        using var json = JsonDocument.Parse(run.Output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(
            ["RL0006 updated"],
            findings.Where(f => f.GetProperty("baselineState").GetString() != "unchanged")
                .Select(f => $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("baselineState").GetString()}"));
        Assert.Equal(
            """{"new":0,"unchanged":12,"updated":1,"absent":0}""",
            JsonSerializer.Serialize(json.RootElement.GetProperty("baseline")));
    }

    [Fact]
    public async Task TheConsoleMarksNewFindingsAndCountsEachState()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        var baseline = await BaselineOfAsync(copy);
        FileEdit.InsertLine(copy.PathOf("src/Orders.Api/Webhooks.cs"), 6, "    private static readonly HttpClient Audit = new();");
        FileEdit.Replace(copy.PathOf("src/Orders.Api/Webhooks.cs"), "HttpClient Client = new();", "HttpClient Client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) });");

        var run = await CliRun.InvokeAsync("scan", copy.Root, "--baseline", baseline);

        Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Error));
        Assert.Contains("  note    RL0006 src/Orders.Api/Webhooks.cs:6 [new]\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  note    RL0010 src/Billing.Worker/LedgerTable.cs:8\n", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("13 findings: 4 errors, 6 warnings, 3 notes\nbaseline: 1 new, 12 unchanged, 0 updated, 1 absent\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutABaselineNoReportSaysAnythingOfOne()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);

        var json = await CliRun.InvokeAsync("scan", copy.Root, "--format", "json", "--fail-on", "none");
        var sarif = await CliRun.InvokeAsync("scan", copy.Root, "--format", "sarif", "--fail-on", "none");

        Assert.DoesNotContain("\"baseline", json.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("baselineState", sarif.Output, StringComparison.Ordinal);
    }

    private static async Task<string> BaselineOfAsync(SampleCopy copy)
    {
        var file = Path.Combine(Path.GetDirectoryName(copy.Root)!, "baseline.sarif");
        var run = await CliRun.InvokeAsync("scan", copy.Root, "--format", "sarif", "--output", file, "--fail-on", "none");
        Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Error));
        return file;
    }

    private static IEnumerable<JsonElement> Results(JsonDocument sarif) =>
        sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray();

    /// <summary>"state count" for each baseline state present, in name order.</summary>
    private static IEnumerable<string> StateCounts(JsonDocument sarif) =>
        Results(sarif).GroupBy(r => r.GetProperty("baselineState").GetString()).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
}
