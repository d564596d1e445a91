using RegionLens.Core.Rules;

namespace RegionLens.Cli.Tests;

public sealed class RulesCommandTests
{
    [Fact]
    public async Task ListsEveryRuleWithItsLevelAndTitle()
    {
        var run = await CliRun.InvokeAsync("rules");

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        var lines = run.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(RuleCatalog.All.Count, lines.Length);
        Assert.Equal("RL0001  warning  Cloud region hard-coded in code", lines[0]);
        Assert.Equal("RL0100  error    Choke point: one failure domain takes down components", lines[^1]);
    }

    [Fact]
    public async Task PrintsOneRulesDocument()
    {
        var run = await CliRun.InvokeAsync("rules", "rl0002");

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        Assert.StartsWith("# RL0002: Regional service endpoint hard-coded\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownRuleExitsTwo()
    {
        var run = await CliRun.InvokeAsync("rules", "RL9999");

        Assert.Equal((ExitCodes.UsageOrInputError, "regionlens: unknown rule 'RL9999'; `regionlens rules` lists them\n"), (run.ExitCode, run.Error));
    }
}
