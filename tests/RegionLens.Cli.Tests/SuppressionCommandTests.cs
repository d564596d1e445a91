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
        // The sample's four errors are RL0100 choke points, each suppressed where it is reported: us-east-1 at one of
        // its lost dependencies, the resolvers and the S3 control plane at theirs. Later lines first, so that the line
        // numbers still hold.
        Suppress(copy.PathOf("src/Billing.Worker/Program.cs"), 5, "//", "billing is single-region by design");
        Suppress(copy.PathOf("src/Edge.Gateway/Program.cs"), 25, "//", "the resolver is replaced next sprint");
        Suppress(copy.PathOf("src/Edge.Gateway/Program.cs"), 22, "//", "assets move to regional S3");
        Suppress(copy.PathOf("deploy/k8s/edge-gateway.yaml"), 19, "#", "the cluster DNS is redundant behind this address");

        var run = await CliRun.InvokeAsync("scan", copy.Root, "--fail-on", failOn);

        Assert.Equal((expected, string.Empty), (run.ExitCode, run.Error));
        Assert.DoesNotContain("RL0100", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("13 findings (4 suppressed): 0 errors, 6 warnings, 3 notes\n", run.Output, StringComparison.Ordinal);
    }

    /// <summary>Writes an RL0100 suppression comment above line <paramref name="line"/> (1-based).</summary>
    private static void Suppress(string path, int line, string comment, string reason)
    {
        var lines = File.ReadAllText(path).Split('\n').ToList();
        var indent = lines[line - 1][..(lines[line - 1].Length - lines[line - 1].TrimStart().Length)];
        lines.Insert(line - 1, $"{indent}{comment} regionlens-disable-next-line RL0100 -- {reason}");
        File.WriteAllText(path, string.Join('\n', lines));
    }
}
