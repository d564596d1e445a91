using RegionLens.Core.Model;
using RegionLens.Core.Rules;
using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Analysis;

/// <summary>
/// RL0007: code, configuration or a workload's environment pins a region that the solution's infrastructure does not
/// deploy to — after a failover plan moved the stacks, or a copy-paste from another service. The deploy regions of a
/// provider are where its stacks, resources and replicas are created. When any of them is decided only at deploy time
/// (a CloudFormation stack's <c>AWS::Region</c>, a Terraform variable with no value), where the infrastructure lives is
/// unknown and nothing is reported for that provider.
/// </summary>
internal sealed class RegionNotDeployedRule : IRule
{
    private static readonly RuleDescriptor Rule = RuleCatalog.RegionNotDeployed;

    public IEnumerable<Finding> Evaluate(AnalysisInput input)
    {
        var deployed = DeployRegions.Of(input.Infrastructure);
        var declared = DeployRegions.Locations(input.Infrastructure);
        return input.Dependencies
            .Where(d => d.Kind == EvidenceKind.Region && d.Region is not null && !(d.Origin == Origin.Iac && declared.Contains(d.Locations[0])))
            .Where(d => deployed.TryGetValue(d.Provider, out var regions) && regions is not null && !regions.Contains(d.Region!))
            .Select(d => new Finding(Rule.Id, Rule.DefaultLevel,
                string.Format(null, Rule.MessageFormat, d.Region, string.Join(", ", deployed[d.Provider]!.Order(StringComparer.Ordinal))), d.Locations));
    }
}
