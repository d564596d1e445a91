using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests;

/// <summary>A suppressed finding is reported but never fails the run.</summary>
public sealed class SuppressionCommandTests
{
    [Theory]
    [InlineData("error", ExitCodes.Clean)]
    [InlineData("warning", ExitCodes.FailingFindings)]
    public async Task ASuppressedErrorDoesNotFailTheRun(string failOn, int expected)
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        // RL0100, the sample's only error, has its primary location on line 5 of the billing worker.
        var program = copy.PathOf("src/Billing.Worker/Program.cs");
        var lines = File.ReadAllText(program).Split('\n').ToList();
        lines.Insert(4, "// regionlens-disable-next-line RL0100 -- accepted: billing is single-region by design");
        File.WriteAllText(program, string.Join('\n', lines));

        var run = await CliRun.InvokeAsync("scan", copy.Root, "--fail-on", failOn);

        Assert.Equal((expected, string.Empty), (run.ExitCode, run.Error));
        Assert.DoesNotContain("RL0100", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("10 findings (1 suppressed): 0 errors, 6 warnings, 3 notes\n", run.Output, StringComparison.Ordinal);
    }
}
