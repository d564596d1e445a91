using RegionLens.Core.Classification;
using RegionLens.Core.Model;
using RegionLens.Core.Rules;
using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Analysis;

/// <summary>RL0002: a regional cloud endpoint written in code, or baked into a deployment file or template (a
/// function's environment, an image's <c>ENV</c>, a manifest); the SDK's own region resolution, and any failover to
/// another region, can no longer change where the client goes. One in an application's configuration file is a
/// per-environment value that an overlay or an environment variable replaces; it is not reported here, and is
/// checked against the deployed regions by RL0007 and counted by RL0100.</summary>
internal sealed class HardCodedEndpointRule : IRule
{
    private static readonly RuleDescriptor Rule = RuleCatalog.HardCodedRegionalEndpoint;

    public IEnumerable<Finding> Evaluate(AnalysisInput input) =>
        input.Dependencies
            .Where(d => d is { Kind: EvidenceKind.Endpoint, Origin: Origin.Code or Origin.Iac, Scope: EndpointScope.Regional, Region: not null })
            .Select(d => new Finding(Rule.Id, Rule.DefaultLevel,
                RuleArguments.Message(Rule, RuleArguments.HardCodedEndpoint(d.Value, d.Service, d.Provider, d.Region!, d.Sink)), d.Locations));
}
