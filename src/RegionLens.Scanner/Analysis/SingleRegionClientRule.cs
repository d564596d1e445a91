using RegionLens.Core.Model;
using RegionLens.Core.Rules;
using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Analysis;

/// <summary>
/// RL0009: a multi-region-capable client configured with one region and no fallback — a Cosmos DB client whose
/// preferred-regions list names a single region, or one limited to its endpoint. <c>ApplicationRegion</c> alone is
/// not reported: the SDK orders every region of the account by proximity from it (DOMAIN §4.2, §7).
/// </summary>
internal sealed class SingleRegionClientRule : IRule
{
    private static readonly RuleDescriptor Rule = RuleCatalog.SingleRegionClient;

    public IEnumerable<Finding> Evaluate(AnalysisInput input)
    {
        var preferred = input.Dependencies
            .Where(d => d.Kind == EvidenceKind.Region && d.Sink.EndsWith("PreferredRegions", StringComparison.Ordinal))
            .GroupBy(d => (d.Component, d.Consumer))
            .Where(g => g.Select(d => d.Value).Distinct(StringComparer.Ordinal).Count() == 1)
            .Select(g => g.First())
            .Select(d => new Finding(Rule.Id, Rule.DefaultLevel,
                RuleArguments.Message(Rule, RuleArguments.SinglePreferredRegion(d.Value, d.Sink)),
                d.Locations));
        var limited = input.Observations
            .Where(o => o.Kind == ObservationKind.SingleRegionClient)
            .Select(o => new Finding(Rule.Id, Rule.DefaultLevel, RuleArguments.Message(Rule, RuleArguments.Observed(o.Detail)), o.Locations));
        return preferred.Concat(limited);
    }
}
