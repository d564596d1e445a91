using System.Text.Json;
using RegionLens.Scanner.Reporting;
using RegionLens.Scanner.Scanning;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.EndToEnd;

/// <summary>A suppression comment in the scanned tree: the finding stays in the report, marked, and the rest do not change.</summary>
public sealed class SuppressionTests
{
    [Fact]
    public async Task ACommentAboveTheHardCodedRegionSuppressesThatFindingOnly()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        InsertLine(copy.PathOf("src/Shared.Data/AwsDefaults.cs"), 6, "    // regionlens-disable-next-line RL0001 -- migrating to config in Q3");

        var result = await RegionLensScanner.ScanAsync(copy.Root);

        Assert.Equal(
        [
            "RL0001 src/Shared.Data/AwsDefaults.cs:7 suppressed 'migrating to config in Q3' @ src/Shared.Data/AwsDefaults.cs:6:8",
            "RL0002 src/Billing.Worker/Program.cs:5",
            "RL0003 src/Edge.Gateway/Program.cs:22",
            "RL0004 deploy/k8s/edge-gateway.yaml:19",
            "RL0004 src/Edge.Gateway/Program.cs:25",
            "RL0005 src/Edge.Gateway/Program.cs:25",
            "RL0006 src/Orders.Api/Webhooks.cs:6",
            "RL0008 deploy/terraform/main.tf:23",
            "RL0010 src/Billing.Worker/LedgerTable.cs:8",
            "RL0100 deploy/k8s/edge-gateway.yaml:19",
            "RL0100 deploy/terraform/main.tf:15",
            "RL0100 src/Edge.Gateway/Program.cs:22",
            "RL0100 src/Edge.Gateway/Program.cs:25",
        ], result.Findings.Select(f => $"{f.RuleId} {f.Locations[0].Path}:{f.Locations[0].Line}"
            + (f.Suppression is { } s ? $" suppressed '{s.Justification}' @ {s.Location}{(s.Until is null ? "" : " until")}" : "")));
        Assert.DoesNotContain(result.Notifications, n => n.Level == NotificationLevel.Note);

        using var report = JsonDocument.Parse(JsonReportWriter.Write(result));
        var suppression = report.RootElement.GetProperty("findings")[0].GetProperty("suppression");
        Assert.Equal(
            """{"kind":"inSource","justification":"migrating to config in Q3","location":{"path":"src/Shared.Data/AwsDefaults.cs","line":6,"column":8}}""",
            JsonSerializer.Serialize(suppression));
        Assert.All(report.RootElement.GetProperty("findings").EnumerateArray().Skip(1), f => Assert.False(f.TryGetProperty("suppression", out _)));

        var console = ConsoleReportWriter.Write(result, "OutageShaped");
        Assert.DoesNotContain("RL0001", console, StringComparison.Ordinal);
        Assert.Contains("Findings (12)\n", console, StringComparison.Ordinal);
        Assert.EndsWith("13 findings (1 suppressed): 4 errors, 5 warnings, 3 notes\n", console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExpiredCommentSuppressesNothingAndSaysSo()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        InsertLine(copy.PathOf("src/Shared.Data/AwsDefaults.cs"), 6, "    // regionlens-disable-next-line RL0001 until=2020-01-31 -- migrating to config in Q3");

        var result = await RegionLensScanner.ScanAsync(copy.Root);

        Assert.All(result.Findings, f => Assert.Null(f.Suppression));
        var note = Assert.Single(result.Notifications, n => n.Level == NotificationLevel.Note);
        Assert.Equal(("src/Shared.Data/AwsDefaults.cs", 6, "suppression of RL0001 expired on 2020-01-31"), (note.Path, note.Line, note.Message));
    }

    /// <summary>Inserts <paramref name="text"/> so that it becomes line <paramref name="line"/> (1-based).</summary>
    internal static void InsertLine(string path, int line, string text)
    {
        var lines = File.ReadAllText(path).Split('\n').ToList();
        lines.Insert(line - 1, text);
        File.WriteAllText(path, string.Join('\n', lines));
    }
}
