using RegionLens.Core.Model;
using RegionLens.Core.Rules;

namespace RegionLens.Scanner.Analysis;

/// <summary>RL0006: HTTP clients whose connections never re-resolve DNS, or that are built per call.</summary>
internal sealed class StaleDnsRule : IRule
{
    private static readonly RuleDescriptor Rule = RuleCatalog.StaleDnsConnections;

    public IEnumerable<Finding> Evaluate(AnalysisInput input) =>
        input.Observations
            .Where(o => o.Kind is ObservationKind.LongLivedHttpClient or ObservationKind.HttpClientPerCall)
            .Select(o => new Finding(Rule.Id, Rule.DefaultLevel, RuleArguments.Message(Rule, RuleArguments.Observed(o.Detail)), o.Locations));
}
