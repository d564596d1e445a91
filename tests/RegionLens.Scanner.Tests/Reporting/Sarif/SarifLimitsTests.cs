using System.Text.Json;
using RegionLens.Core.Model;
using RegionLens.Core.Rules;
using RegionLens.Scanner.Analysis;
using RegionLens.Scanner.Reporting;
using RegionLens.Scanner.Reporting.Sarif;

namespace RegionLens.Scanner.Tests.Reporting.Sarif;

/// <summary>Past GitHub's limits the report keeps the most severe results, in scan order, and says how many it left out.</summary>
public sealed class SarifLimitsTests
{
    [Fact]
    public void OverTheResultLimitTheErrorsStayAndANotificationCountsTheRest()
    {
        Finding[] findings =
        [
            Finding("RL0005", RuleLevel.Note, 1),
            Finding("RL0100", RuleLevel.Error, 2),
            Finding("RL0001", RuleLevel.Warning, 3),
            Finding("RL0100", RuleLevel.Error, 4),
        ];

        using var sarif = JsonDocument.Parse(Write(findings, new SarifLimits(3, long.MaxValue)));

        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal(["RL0100:2", "RL0001:3", "RL0100:4"], run.GetProperty("results").EnumerateArray().Select(r =>
            r.GetProperty("ruleId").GetString() + ":" + r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32()));
        var notification = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray().Single();
        Assert.Equal("warning", notification.GetProperty("level").GetString());
        Assert.StartsWith("1 results were left out", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void OverTheSizeLimitResultsAreDroppedUntilTheLogFits()
    {
        var findings = Enumerable.Range(1, 200).Select(i => Finding("RL0001", RuleLevel.Warning, i, new string((char)('a' + (i % 26)), i))).ToArray();
        // Halfway between the log with no result (the rules and their documents) and the log with all of them.
        var empty = SarifLimits.GzippedSize(System.Text.Encoding.UTF8.GetBytes(Write([], SarifLimits.GitHub)));
        var full = SarifLimits.GzippedSize(System.Text.Encoding.UTF8.GetBytes(Write(findings, SarifLimits.GitHub)));
        var limit = (empty + full) / 2;

        var text = Write(findings, new SarifLimits(25_000, limit));

        Assert.True(SarifLimits.GzippedSize(System.Text.Encoding.UTF8.GetBytes(text)) <= limit);
        using var sarif = JsonDocument.Parse(text);
        var kept = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength();
        Assert.InRange(kept, 1, 199);
        Assert.Contains($"{200 - kept} results were left out", text, StringComparison.Ordinal);
    }

    [Fact]
    public void KeysIgnoreLineNumbersAndNumberTheSameFindingByPosition()
    {
        var first = Finding("RL0001", RuleLevel.Warning, 9, "same");
        var second = Finding("RL0001", RuleLevel.Warning, 3, "same");

        var keys = FindingKeys.For([first, second]);

        Assert.Equal(FindingKeys.Hash(first), FindingKeys.Hash(second));
        Assert.Equal((FindingKeys.Hash(first) + ":2", FindingKeys.Hash(first) + ":1"), (keys[first], keys[second]));
        Assert.Equal("path: a.tf -> b.cs and x.yaml", SarifText.WithoutLineNumbers("path: a.tf:15:17 -> b.cs:3 and x.yaml"));
    }

    [Fact]
    public void RuleNamesAndDescriptionsComeFromTheCatalogueAndTheDocuments()
    {
        Assert.Equal("HiddenDependencyOnAGlobalEndpointsHomeRegion", SarifText.PascalName(RuleCatalog.HiddenHomeRegion.Title));
        Assert.Equal("First line continues.", SarifRules.Cause("# T\n\n## Cause\n\nFirst line\ncontinues.\n\nSecond paragraph.\n", "fallback"));
        Assert.Equal("fallback", SarifRules.Cause("# T\n\nNo cause here.\n", "fallback"));
        Assert.StartsWith("A cloud region is written into C# source", SarifRules.Cause(RuleDocumentation.Read(RuleCatalog.HardCodedRegion), "x"), StringComparison.Ordinal);
    }

    private static Finding Finding(string rule, RuleLevel level, int line, string message = "m") =>
        new(rule, level, message, [new SourceLocation("src/a.cs", line, 1)]);

    private static string Write(IReadOnlyList<Finding> findings, SarifLimits limits) =>
        SarifReportWriter.Write(Path.GetTempPath(), findings, [], limits);
}
