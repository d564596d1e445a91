using System.Text.Json;
using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests;

/// <summary>`regionlens scan --no-code`: configuration and infrastructure only, so no C# is loaded (the sample is not
/// even restored) and nothing that only code shows is reported.</summary>
public sealed class NoCodeScanTests
{
    [Fact]
    public async Task ReportsTheSamplesInfrastructureFindingsAndNoneFromCSharp()
    {
        using var sample = SampleCopy.Of("OutageShaped", restore: false);

        var run = await CliRun.InvokeAsync("scan", sample.Root, "--no-code", "--format", "json");

        Assert.Equal((ExitCodes.FailingFindings, string.Empty), (run.ExitCode, run.Error));
        using var report = JsonDocument.Parse(run.Output);
        var root = report.RootElement;
        Assert.Equal(
        [
            "RL0004 deploy/k8s/edge-gateway.yaml:19",
            "RL0100 deploy/k8s/edge-gateway.yaml:19",
            "RL0100 deploy/terraform/main.tf:15 deploy/terraform/main.tf:23",
        ], root.GetProperty("findings").EnumerateArray().Select(Describe));
        Assert.Equal(
            ["region us-east-1 iac", "resolver 10.0.0.2 iac"],
            root.GetProperty("dependencies").EnumerateArray()
                .Select(d => $"{d.GetProperty("kind").GetString()} {d.GetProperty("value").GetString()} {d.GetProperty("origin").GetString()}"));
        // The projects are still components, read from their project files: the resolver is Edge.Gateway's.
        Assert.Contains(root.GetProperty("components").EnumerateArray(), c => c.GetProperty("name").GetString() == "Edge.Gateway");
        Assert.Empty(root.GetProperty("notifications").EnumerateArray());
    }

    private static string Describe(JsonElement finding) =>
        finding.GetProperty("ruleId").GetString() + " " + string.Join(" ", finding.GetProperty("locations").EnumerateArray()
            .Select(l => $"{l.GetProperty("path").GetString()}:{l.GetProperty("line").GetInt32()}"));
}
