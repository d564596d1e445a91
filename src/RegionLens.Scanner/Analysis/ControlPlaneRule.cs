using RegionLens.Core.Model;
using RegionLens.Core.Rules;

namespace RegionLens.Scanner.Analysis;

/// <summary>RL0010: a control-plane operation called from application code, with where it runs.</summary>
internal sealed class ControlPlaneRule : IRule
{
    private static readonly RuleDescriptor Rule = RuleCatalog.ControlPlaneOnDataPath;

    public IEnumerable<Finding> Evaluate(AnalysisInput input) =>
        input.Observations
            .Where(o => o.Kind == ObservationKind.ControlPlaneCall)
            .Select(o => new Finding(Rule.Id, Rule.DefaultLevel, RuleArguments.Message(Rule, RuleArguments.Observed(o.Detail)), o.Locations));
}
