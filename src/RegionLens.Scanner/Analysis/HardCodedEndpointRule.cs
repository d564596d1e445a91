using RegionLens.Core.Classification;
using RegionLens.Core.Model;
using RegionLens.Core.Rules;
using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Analysis;

/// <summary>RL0002: a regional cloud endpoint written in code; the SDK's own region resolution, and any failover
/// to another region, can no longer change where the client goes.</summary>
internal sealed class HardCodedEndpointRule : IRule
{
    private static readonly RuleDescriptor Rule = RuleCatalog.HardCodedRegionalEndpoint;

    public IEnumerable<Finding> Evaluate(AnalysisInput input) =>
        input.Dependencies
            .Where(d => d is { Kind: EvidenceKind.Endpoint, Origin: Origin.Code, Scope: EndpointScope.Regional, Region: not null })
            .Select(d => new Finding(Rule.Id, Rule.DefaultLevel,
                string.Format(null, Rule.MessageFormat, d.Value, $"{d.Service ?? d.Provider} in {d.Region}, set through {d.Sink}"), d.Locations));
}
