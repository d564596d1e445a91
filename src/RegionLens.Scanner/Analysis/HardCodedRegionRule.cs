using RegionLens.Core.Model;
using RegionLens.Core.Rules;
using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Analysis;

/// <summary>RL0001: a region code written in code, not read from configuration or the environment.</summary>
internal sealed class HardCodedRegionRule : IRule
{
    private static readonly RuleDescriptor Rule = RuleCatalog.HardCodedRegion;

    public IEnumerable<Finding> Evaluate(AnalysisInput input) =>
        input.Dependencies
            .Where(d => d is { Kind: EvidenceKind.Region, Origin: Origin.Code })
            .Select(d => new Finding(Rule.Id, Rule.DefaultLevel, string.Format(null, Rule.MessageFormat, d.Value, d.Sink), d.Locations));
}
