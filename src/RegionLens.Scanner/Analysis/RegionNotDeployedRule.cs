using RegionLens.Core.Classification;
using RegionLens.Core.Model;
using RegionLens.Core.Rules;
using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Analysis;

/// <summary>
/// RL0007: code, configuration or a workload's environment pins a region (or calls a regional endpoint) that the
/// solution's infrastructure does not deploy to — after a failover plan moved the stacks, or a copy-paste from another service. The deploy regions of a
/// provider are where its stacks, resources and replicas are created. When any of them is decided only at deploy time
/// (a CloudFormation stack's <c>AWS::Region</c>, a Terraform variable with no value), where the infrastructure lives is
/// unknown and nothing is reported for that provider. With <c>allowedRegions</c> in <c>regionlens.json</c> the allowed
/// list is compared instead (<see cref="NotAllowed"/>).
/// </summary>
internal sealed class RegionNotDeployedRule : IRule
{
    private static readonly RuleDescriptor Rule = RuleCatalog.RegionNotDeployed;

    public IEnumerable<Finding> Evaluate(AnalysisInput input)
    {
        if (input.Settings.AllowedRegions.Count > 0)
        {
            return NotAllowed(input.Dependencies, input.Settings.AllowedRegions);
        }

        var deployed = DeployRegions.Of(input.Infrastructure);
        var declared = DeployRegions.Locations(input.Infrastructure);
        var stated = DeployRegions.AllLocations(input.Infrastructure);

        // Regions of infrastructure written in C# (an AWS CDK stack's Env.Region, a table's replicas) are deploy regions too.
        foreach (var cdk in input.Dependencies.Where(d => d is { Kind: EvidenceKind.Region, Origin: Origin.Iac, Region: not null } && !stated.Contains(d.Locations[0])))
        {
            DeployRegions.Add(deployed, cdk.Provider, cdk.Region!);
        }

        // An iac-origin region is a pin only when a deployment file tells a workload to call it (AWS_REGION in a manifest).
        bool IsDeploy(Dependency d) => d.Origin == Origin.Iac && (declared.Contains(d.Locations[0]) || !stated.Contains(d.Locations[0]));
        return input.Dependencies
            .Where(d => IsPin(d) && d.Region is not null && !IsDeploy(d))
            .Where(d => deployed.TryGetValue(d.Provider, out var regions) && regions is not null && !regions.Contains(d.Region!))
            .Select(d => new Finding(Rule.Id, Rule.DefaultLevel,
                string.Format(null, Rule.MessageFormat, d.Region, string.Join(", ", deployed[d.Provider]!.Order(StringComparer.Ordinal))), d.Locations));
    }

    /// <summary>
    /// With <c>allowedRegions</c> in <c>regionlens.json</c>, the list is the policy and replaces the comparison with the
    /// deploy regions: every region the scan found written down (a pin in code or configuration, a workload's
    /// environment, a stack's or replica's region, a component's declared region) or a regional endpoint's region, that
    /// is not in the list is reported, once per dependency; a region in the list is never reported, deployed or not.
    /// Allowed regions are compared as the catalogue spells them (<c>East US</c> is <c>eastus</c>).
    /// </summary>
    private static IEnumerable<Finding> NotAllowed(IReadOnlyList<Dependency> dependencies, IReadOnlyList<string> allowedRegions)
    {
        var allowed = allowedRegions.Select(r => RegionNames.Identify(r, AwsRegionCatalogue.Instance)?.Region ?? r).ToHashSet(StringComparer.Ordinal);
        var list = string.Join(", ", allowed.Order(StringComparer.Ordinal));
        return dependencies
            .Where(d => d is { Kind: EvidenceKind.Region, Region: not null } or { Kind: EvidenceKind.Endpoint, Scope: EndpointScope.Regional, Region: not null })
            .Where(d => !allowed.Contains(d.Region!))
            .Select(d => new Finding(Rule.Id, Rule.DefaultLevel, $"Region '{d.Region}' is not among the allowedRegions in regionlens.json ({list})", d.Locations));
    }

    /// <summary>A region, or a regional endpoint the code or its configuration calls (one the infrastructure itself
    /// names, such as a record's target, is part of what it deploys).</summary>
    private static bool IsPin(Dependency dependency) =>
        dependency.Kind == EvidenceKind.Region
        || (dependency is { Kind: EvidenceKind.Endpoint, Scope: EndpointScope.Regional } && dependency.Origin != Origin.Iac);
}
