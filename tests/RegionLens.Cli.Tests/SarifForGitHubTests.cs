using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests;

/// <summary>`--github` writes the subset of SARIF that GitHub code scanning reads as intended, `--timestamps` adds the
/// scan's times, and a scan of a folder inside a git checkout says where that folder is in the repository.</summary>
public sealed class SarifForGitHubTests : IDisposable
{
    private const string Origin = "https://github.com/acme/shop.git";

    private readonly SampleCopy _copy = SampleCopy.OfFixture("compose");

    private string Compose => _copy.PathOf("docker-compose.yml");

    [Fact]
    public async Task GitHubLeavesOutSuppressedResultsAndNothingElse()
    {
        FileEdit.InsertLine(Compose, 17, "      # regionlens-disable-next-line RL0005 -- the ledger keeps a fixed address until the move");

        var plain = JsonNode.Parse(await SarifAsync(_copy.Root))!;
        var github = JsonNode.Parse(await SarifAsync(_copy.Root, "--github"))!;

        var results = plain["runs"]![0]!["results"]!.AsArray();
        var suppressed = Assert.Single(results, r => r!["suppressions"] is not null);
        Assert.Equal("RL0005", suppressed!["ruleId"]!.GetValue<string>());
        results.Remove(suppressed);
        Assert.Equal(plain.ToJsonString(), github.ToJsonString());
    }

    [Fact]
    public async Task GitHubLeavesOutAbsentResults()
    {
        var baseline = Path.Combine(Path.GetDirectoryName(_copy.Root)!, "baseline.sarif");
        File.WriteAllText(baseline, await SarifAsync(_copy.Root));
        FileEdit.Replace(Compose, "      - \"legacy=[2001:db8::10]\"\n", string.Empty);

        using var plain = JsonDocument.Parse(await SarifAsync(_copy.Root, "--baseline", baseline));
        using var github = JsonDocument.Parse(await SarifAsync(_copy.Root, "--baseline", baseline, "--github"));

        Assert.Equal(["absent", "unchanged"], States(plain).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(States(plain).Count(s => s == "absent"), States(plain).Count() - States(github).Count());
        Assert.All(States(github), s => Assert.Equal("unchanged", s));
    }

    [Fact]
    public async Task TimestampsAreAddedOnlyWhenAskedFor()
    {
        var before = DateTimeOffset.UtcNow;
        using var sarif = JsonDocument.Parse(await SarifAsync(_copy.Root, "--timestamps"));
        var json = await CliRun.InvokeAsync("scan", _copy.Root, "--format", "json", "--timestamps", "--fail-on", "none");
        var after = DateTimeOffset.UtcNow;

        var invocation = sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        var (start, end) = (Time(invocation, "startTimeUtc"), Time(invocation, "endTimeUtc"));
        Assert.True(before.AddMilliseconds(-1) <= start && start <= end && end <= after, $"{before:O} <= {start:O} <= {end:O} <= {after:O}");
        using var report = JsonDocument.Parse(json.Output);
        Assert.InRange(Time(report.RootElement, "startTimeUtc"), before.AddMilliseconds(-1), after);
        Assert.InRange(Time(report.RootElement, "endTimeUtc"), before.AddMilliseconds(-1), after);
        Assert.DoesNotContain("TimeUtc", await SarifAsync(_copy.Root), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFolderInsideACheckoutIsPlacedInTheRepository()
    {
        var root = InsideRepository("deploy/compose");

        using var sarif = JsonDocument.Parse(await SarifAsync(root));

        var run = sarif.RootElement.GetProperty("runs")[0];
        var provenance = Assert.Single(run.GetProperty("versionControlProvenance").EnumerateArray());
        Assert.Equal(
            (Origin, "main", "REPO_ROOT"),
            (provenance.GetProperty("repositoryUri").GetString(), provenance.GetProperty("branch").GetString(),
             provenance.GetProperty("mappedTo").GetProperty("uriBaseId").GetString()));
        Assert.Matches("^[0-9a-f]{40}$", provenance.GetProperty("revisionId").GetString());
        var sourceRoot = run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%");
        Assert.Equal(("deploy/compose/", "REPO_ROOT"), (sourceRoot.GetProperty("uri").GetString(), sourceRoot.GetProperty("uriBaseId").GetString()));
        Assert.All(run.GetProperty("results").EnumerateArray(), r => Assert.Equal(
            ("docker-compose.yml", "%SRCROOT%"), Artifact(r)));
    }

    [Fact]
    public async Task ForGitHubTheUrisStartAtTheTopOfTheCheckout()
    {
        var root = InsideRepository("deploy/compose");

        var text = await SarifAsync(root, "--github");

        using var sarif = JsonDocument.Parse(text);
        Assert.All(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), r => Assert.Equal(
            ("deploy/compose/docker-compose.yml", "REPO_ROOT"), Artifact(r)));
        Assert.DoesNotContain(Path.GetDirectoryName(_copy.Root)!, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABaselineForGitHubMatchesAScanThatIsNot()
    {
        var root = InsideRepository("deploy/compose");
        var baseline = Path.Combine(Path.GetDirectoryName(_copy.Root)!, "github.sarif");
        File.WriteAllText(baseline, await SarifAsync(root, "--github"));

        using var sarif = JsonDocument.Parse(await SarifAsync(root, "--baseline", baseline));

        Assert.All(States(sarif), s => Assert.Equal("unchanged", s));
        Assert.Equal(7, States(sarif).Count());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AFolderInsideACheckoutHasNoValidationErrorOrWarning(bool github)
    {
        var root = InsideRepository("deploy/compose");
        var file = Path.Combine(Path.GetDirectoryName(_copy.Root)!, "report.sarif");

        File.WriteAllText(file, github ? await SarifAsync(root, "--github") : await SarifAsync(root));

        Assert.Empty(SarifMultitool.ErrorsAndWarnings(file));
    }

    public void Dispose() => _copy.Dispose();

    private static async Task<string> SarifAsync(string root, params string[] options)
    {
        var run = await CliRun.InvokeAsync(["scan", root, "--format", "sarif", "--fail-on", "none", .. options]);
        Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Error));
        return run.Output;
    }

    private static IEnumerable<string> States(JsonDocument sarif) =>
        sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("baselineState").GetString()!);

    private static (string?, string?) Artifact(JsonElement result)
    {
        var artifact = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        return (artifact.GetProperty("uri").GetString(), artifact.GetProperty("uriBaseId").GetString());
    }

    private static DateTimeOffset Time(JsonElement parent, string name)
    {
        var text = parent.GetProperty(name).GetString()!;
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", text);
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
    }

    /// <summary>Makes the copy's temporary folder a git repository with one commit and an origin, the fixture moved to
    /// <paramref name="folder"/> inside it, and returns the fixture's new path.</summary>
    private string InsideRepository(string folder)
    {
        var top = Path.GetDirectoryName(_copy.Root)!;
        var root = Path.Combine(top, folder);
        Directory.CreateDirectory(Path.GetDirectoryName(root)!);
        Directory.Move(_copy.Root, root);
        Git(top, "init", "--quiet", "--initial-branch=main");
        Git(top, "remote", "add", "origin", Origin);
        Git(top, "add", ".");
        Git(top, "-c", "user.name=RegionLens tests", "-c", "user.email=tests@example.com", "commit", "--quiet", "-m", "fixture");
        return root;
    }

    private static void Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git", args) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed: {error.Result}");
    }
}
