using RegionLens.Core.Classification;
using RegionLens.Core.Rules;

namespace RegionLens.Scanner.Analysis;

/// <summary>RL0003: an endpoint that looks global (IAM, Route 53, CloudFront, the STS and S3 global endpoints…)
/// but whose control plane or only endpoint lives in one region — us-east-1 for the aws partition. It is reported
/// whatever region the application runs in: in October 2025 these failed for callers outside us-east-1 too.</summary>
internal sealed class HiddenHomeRegionRule : IRule
{
    private static readonly RuleDescriptor Rule = RuleCatalog.HiddenHomeRegion;

    public IEnumerable<Finding> Evaluate(AnalysisInput input) =>
        input.Dependencies
            .Where(d => d is { Scope: EndpointScope.GlobalHomed, HomeRegion: not null })
            .Select(d => new Finding(Rule.Id, Rule.DefaultLevel,
                RuleArguments.Message(Rule, RuleArguments.HiddenHomeRegion(d.Value, d.Provider, d.HomeRegion!, d.Sink)), d.Locations));
}
