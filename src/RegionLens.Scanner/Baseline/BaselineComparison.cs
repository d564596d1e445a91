using RegionLens.Scanner.Analysis;
using RegionLens.Scanner.Reporting.Sarif;

namespace RegionLens.Scanner.Baseline;

/// <summary>
/// The findings of a scan matched to a baseline by <c>regionLensKey/v1</c>, which leaves out line numbers: a finding
/// whose lines only moved is unchanged. A matched finding is updated when its level or message changed, or its
/// location did in a way a line shift cannot explain (another column on its line, other related files).
/// </summary>
public sealed class BaselineComparison
{
    private readonly Dictionary<Finding, BaselineState> _states = new(ReferenceEqualityComparer.Instance);

    private BaselineComparison(IReadOnlyList<BaselineResult> absent)
    {
        Absent = absent;
    }

    /// <summary>The baseline's results that no finding of this scan matches, in the baseline's order.</summary>
    public IReadOnlyList<BaselineResult> Absent { get; }

    public static BaselineComparison Compare(IReadOnlyList<Finding> findings, IReadOnlyList<BaselineResult> baseline)
    {
        var byKey = baseline.GroupBy(r => r.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var keys = FindingKeys.For(findings);
        var matched = new HashSet<string>(StringComparer.Ordinal);
        var states = new Dictionary<Finding, BaselineState>(ReferenceEqualityComparer.Instance);
        foreach (var finding in findings)
        {
            var key = keys[finding];
            if (!byKey.TryGetValue(key, out var previous))
            {
                states[finding] = BaselineState.New;
                continue;
            }

            matched.Add(key);
            states[finding] = Same(finding, previous) ? BaselineState.Unchanged : BaselineState.Updated;
        }

        var comparison = new BaselineComparison([.. baseline.Where(r => !matched.Contains(r.Key))]);
        foreach (var (finding, state) in states)
        {
            comparison._states[finding] = state;
        }

        return comparison;
    }

    public BaselineState StateOf(Finding finding) => _states[finding];

    public int Count(BaselineState state) => state == BaselineState.Absent ? Absent.Count : _states.Values.Count(s => s == state);

    /// <summary>"1 new, 12 unchanged, 0 updated, 1 absent".</summary>
    public string Summary() =>
        $"{Count(BaselineState.New)} new, {Count(BaselineState.Unchanged)} unchanged, {Count(BaselineState.Updated)} updated, {Count(BaselineState.Absent)} absent";

    public static string Name(BaselineState state) => state switch
    {
        BaselineState.New => "new",
        BaselineState.Unchanged => "unchanged",
        BaselineState.Updated => "updated",
        _ => "absent",
    };

    private static bool Same(Finding finding, BaselineResult previous)
    {
        var primary = finding.Locations.FirstOrDefault();
        return SarifNames.Level(finding.Level) == (previous.Level ?? "warning")
            && SarifText.WithoutLineNumbers(SarifText.Sentence(finding.Message)) == SarifText.WithoutLineNumbers(SarifText.Sentence(previous.Message))
            && primary?.Path == previous.Path
            && (previous.StartColumn is null || primary?.Column == previous.StartColumn)
            && finding.Locations.Skip(1).Select(l => l.Path).SequenceEqual(previous.Related, StringComparer.Ordinal);
    }
}
