using RegionLens.Core.Model;
using RegionLens.Core.Rules;
using RegionLens.Scanner.Analysis;
using RegionLens.Scanner.Baseline;
using RegionLens.Scanner.Reporting;
using RegionLens.Scanner.Reporting.Sarif;

namespace RegionLens.Scanner.Tests.Baseline;

/// <summary>What counts as the same finding: the key ignores line numbers, so moved lines are unchanged; another level,
/// column, related file or (for a choke point, whose key is its failure domain) message is an update. Each baseline is a SARIF log written by the report writer and read back.</summary>
public sealed class BaselineComparisonTests : IDisposable
{
    private const string Message = "Region 'us-east-1' is hard-coded (RegionEndpoint.GetBySystemName)";
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "regionlens-baseline-" + Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public void AFindingWhoseLinesMovedIsUnchanged()
    {
        var before = Finding(RuleLevel.Warning, Message, ("src/A.cs", 6, 41), ("src/B.cs", 10, 34));
        var after = Finding(RuleLevel.Warning, Message, ("src/A.cs", 9, 41), ("src/B.cs", 12, 34));

        Assert.Equal(BaselineState.Unchanged, StateAfter(before, after));
    }

    [Theory]
    [InlineData(RuleLevel.Error, 41, "src/B.cs")]
    [InlineData(RuleLevel.Warning, 45, "src/B.cs")]
    [InlineData(RuleLevel.Warning, 41, "src/C.cs")]
    public void AnotherLevelColumnOrRelatedFileIsAnUpdate(RuleLevel level, int column, string relatedPath)
    {
        var before = Finding(RuleLevel.Warning, Message, ("src/A.cs", 6, 41), ("src/B.cs", 10, 34));
        var after = Finding(level, Message, ("src/A.cs", 6, column), (relatedPath, 10, 34));

        Assert.Equal(BaselineState.Updated, StateAfter(before, after));
    }

    [Fact]
    public void AChokePointWhoseBlastRadiusGrewIsAnUpdate()
    {
        // A choke point's key is its failure domain, so the same domain with a longer list of losses is the same finding.
        var before = ChokePoint("If aws region us-east-1 fails, Orders.Api can no longer reach region us-east-1 (blast radius 1/4 components)");
        var after = ChokePoint("If aws region us-east-1 fails, Orders.Api, Billing.Worker can no longer reach region us-east-1 (blast radius 2/4 components)");

        Assert.Equal(BaselineState.Updated, StateAfter(before, after));
    }

    [Fact]
    public void AnotherMessageOfAnyOtherRuleIsAnotherFinding()
    {
        // Outside choke points the message is what the finding is about: another region is another finding.
        var before = Finding(RuleLevel.Warning, Message, ("src/A.cs", 6, 41));
        var after = Finding(RuleLevel.Warning, Message.Replace("us-east-1", "us-west-2", StringComparison.Ordinal), ("src/A.cs", 6, 41));

        Assert.Equal(BaselineState.New, StateAfter(before, after));
    }

    [Fact]
    public void BaselineResultsNoFindingMatchesAreAbsentWithTheirLocationAndFingerprints()
    {
        var kept = Finding(RuleLevel.Warning, Message, ("src/A.cs", 6, 41));
        var gone = Finding(RuleLevel.Note, "IP address '8.8.8.8' is used as a DNS resolver", ("src/Dns.cs", 25, 44));
        var baseline = Baseline(kept, gone);

        var comparison = BaselineComparison.Compare([kept], baseline);

        var absent = Assert.Single(comparison.Absent);
        Assert.Equal(
            ("RL0001", "note", "IP address '8.8.8.8' is used as a DNS resolver.", "src/Dns.cs", 25, 44),
            (absent.RuleId, absent.Level, absent.Message, absent.Path, absent.StartLine, absent.StartColumn));
        Assert.Equal(FindingKeys.For([kept, gone])[gone], Assert.Single(absent.Fingerprints, f => f.Key == FindingKeys.Name).Value);
        Assert.Equal("0 new, 1 unchanged, 0 updated, 1 absent", comparison.Summary());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private BaselineState StateAfter(Finding before, Finding after) =>
        BaselineComparison.Compare([after], Baseline(before)).StateOf(after);

    private IReadOnlyList<BaselineResult> Baseline(params Finding[] findings)
    {
        var file = Path.Combine(_folder, "baseline.sarif");
        File.WriteAllText(file, SarifReportWriter.Write(_folder, findings, [], SarifLimits.GitHub));
        return SarifBaselineReader.Read(file);
    }

    private static Finding ChokePoint(string message) =>
        new("RL0100", RuleLevel.Error, message, [new SourceLocation("deploy/main.tf", 15, 17)], Path: ["component:deploy", "region:aws/us-east-1"]);

    private static Finding Finding(RuleLevel level, string message, params (string Path, int Line, int Column)[] locations) =>
        new("RL0001", level, message, [.. locations.Select(l => new SourceLocation(l.Path, l.Line, l.Column))]);
}
