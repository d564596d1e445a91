using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests;

public sealed class RulesCommandTests
{
    [Fact]
    public async Task ListsEveryRuleWithItsLevelAndTitle()
    {
        var run = await CliRun.InvokeAsync("rules");

        Assert.Equal(
            (ExitCodes.Clean, """
            RL0001  warning  Cloud region hard-coded in code
            RL0002  warning  Regional service endpoint hard-coded
            RL0003  warning  Hidden dependency on a global endpoint's home region
            RL0004  warning  Single DNS resolver
            RL0005  note     Hard-coded IP address used as an endpoint or resolver
            RL0006  note     HTTP connections that never re-resolve DNS
            RL0007  warning  Region not deployed by the solution's infrastructure
            RL0008  warning  Single-region data store used by the code
            RL0009  note     Multi-region-capable client pinned to one region
            RL0010  note     Control-plane call on the data path
            RL0100  error    Choke point: one failure domain takes down components

            """, string.Empty),
            (run.ExitCode, run.Output.Replace("\r\n", "\n", StringComparison.Ordinal), run.Error));
    }

    [Fact]
    public async Task PrintsOneRulesDocument()
    {
        var run = await CliRun.InvokeAsync("rules", "RL0003");

        Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "rules", "RL0003.md")), run.Output);
        Assert.StartsWith("# RL0003: Hidden dependency on a global endpoint's home region\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARuleIdIsFoundWhateverItsCase()
    {
        var run = await CliRun.InvokeAsync("rules", "rl0002");

        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        Assert.StartsWith("# RL0002: Regional service endpoint hard-coded\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownRuleExitsTwo()
    {
        var run = await CliRun.InvokeAsync("rules", "RL9999");

        Assert.Equal(
            (ExitCodes.UsageOrInputError, string.Empty, "regionlens: unknown rule 'RL9999'; `regionlens rules` lists them\n"),
            (run.ExitCode, run.Output, run.Error));
    }
}
