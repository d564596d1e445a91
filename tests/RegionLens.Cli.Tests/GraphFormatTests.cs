using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests;

/// <summary>`regionlens scan --format mermaid|dot` on the bundled sample: the pictures of its graph, with the exit
/// code still set by --fail-on.</summary>
public sealed class GraphFormatTests(RestoredSample sample) : IClassFixture<RestoredSample>
{
    [Fact]
    public async Task MermaidIsAFlowchartWithASubgraphForUsEast1()
    {
        var run = await CliRun.InvokeAsync("scan", sample.Copy.Root, "--format", "mermaid");

        Assert.Equal((ExitCodes.FailingFindings, string.Empty), (run.ExitCode, run.Error));
        Assert.StartsWith("flowchart LR\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  subgraph s1[\"aws us-east-1\"]\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  classDef choke stroke:#d00,stroke-width:3px\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReadmeShowsTheSamplesMermaidAsTheToolWritesIt()
    {
        var run = await CliRun.InvokeAsync("scan", sample.Copy.Root, "--format", "mermaid", "--fail-on", "none");
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");

        const string Fence = "```mermaid\n";
        var start = readme.IndexOf(Fence, StringComparison.Ordinal) + Fence.Length;
        Assert.Equal(run.Output, readme[start..readme.IndexOf("```\n", start, StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task TheReadmeShowsTheSamplesWhatIfAsTheToolWritesIt()
    {
        var run = await CliRun.InvokeAsync("whatif", sample.Copy.Root, "--fail", "us-east-1");
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");

        Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Error));
        Assert.Contains("$ regionlens whatif samples/OutageShaped --fail us-east-1\n" + run.Output + "\n$ regionlens whatif", readme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DotIsADigraphWithAClusterForUsEast1AndFailOnNoneExitsClean()
    {
        var run = await CliRun.InvokeAsync("scan", sample.Copy.Root, "--format", "dot", "--fail-on", "none");

        Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Error));
        Assert.StartsWith("digraph regionlens {\n  rankdir=LR;\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("  subgraph cluster_region_aws_us_east_1 {\n    label=\"aws us-east-1\";\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"region:aws/us-east-1\" [label=\"aws us-east-1\", shape=doubleoctagon, color=red, penwidth=2];", run.Output, StringComparison.Ordinal);
    }

    [GraphvizFact]
    public async Task GraphvizRendersTheSamplesDot()
    {
        var run = await CliRun.InvokeAsync("scan", sample.Copy.Root, "--format", "dot", "--fail-on", "none");

        var (exitCode, error, svg) = await Graphviz.RenderAsync(run.Output);

        Assert.Equal((0, string.Empty), (exitCode, error));
        Assert.Contains("<title>cluster_region_aws_us_east_1</title>", svg, StringComparison.Ordinal);
        Assert.Contains("Edge.Gateway", svg, StringComparison.Ordinal);
    }
}
