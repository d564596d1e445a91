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

    private static async Task<IReadOnlyList<string>> ValidateAsync(string root)
    {
        var sarif = Path.Combine(Path.GetDirectoryName(root)!, "report.sarif");
        var run = await CliRun.InvokeAsync("scan", root, "--format", "sarif", "--output", sarif, "--fail-on", "none");
        Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Error));
        return SarifMultitool.ErrorsAndWarnings(sarif);
    }
}
