using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests;

/// <summary>PRODUCT.md §6: the SARIF of both bundled samples and of a scan with notifications passes the Microsoft
/// SARIF Multitool's GitHub and SARIF rule sets with no error and no warning.</summary>
public sealed class SarifValidationTests
{
    [Theory]
    [InlineData("OutageShaped")]
    [InlineData("MultiRegion")]
    public async Task TheSamplesSarifHasNoValidationErrorOrWarning(string sample)
    {
        using var copy = SampleCopy.Of(sample, restore: true);

        var problems = await ValidateAsync(copy.Root);

        Assert.Empty(problems);
    }

    [Fact]
    public async Task ASarifWithToolNotificationsHasNoValidationErrorOrWarning()
    {
        using var copy = SampleCopy.OfFixture("malformed");

        var problems = await ValidateAsync(copy.Root);

        Assert.Empty(problems);
    }

    [Fact]
    public async Task ASarifComparedWithABaselineHasNoValidationErrorOrWarning()
    {
        using var copy = SampleCopy.OfFixture("compose");
        var folder = Path.GetDirectoryName(copy.Root)!;
        var baseline = Path.Combine(folder, "baseline.sarif");
        var first = await CliRun.InvokeAsync("scan", copy.Root, "--format", "sarif", "--output", baseline, "--fail-on", "none");
        Assert.Equal((ExitCodes.Clean, string.Empty), (first.ExitCode, first.Error));
        // One host gone (an absent result) and another added (a new one).
        var compose = copy.PathOf("docker-compose.yml");
        File.WriteAllText(compose, File.ReadAllText(compose).Replace("legacy=[2001:db8::10]", "audit.corp.example.com:10.20.30.41", StringComparison.Ordinal));
        var sarif = Path.Combine(folder, "report.sarif");

        var run = await CliRun.InvokeAsync("scan", copy.Root, "--format", "sarif", "--output", sarif, "--baseline", baseline, "--fail-on", "none");

        Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Error));
        var text = File.ReadAllText(sarif);
        Assert.Contains("\"baselineState\": \"new\"", text, StringComparison.Ordinal);
        Assert.Contains("\"baselineState\": \"absent\"", text, StringComparison.Ordinal);
        Assert.Empty(SarifMultitool.ErrorsAndWarnings(sarif));
    }

    private static async Task<IReadOnlyList<string>> ValidateAsync(string root)
    {
        var sarif = Path.Combine(Path.GetDirectoryName(root)!, "report.sarif");
        var run = await CliRun.InvokeAsync("scan", root, "--format", "sarif", "--output", sarif, "--fail-on", "none");
        Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Error));
        return SarifMultitool.ErrorsAndWarnings(sarif);
    }
}
