using RegionLens.Core.Model;
using RegionLens.Core.Rules;
using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Analysis;

/// <summary>
/// RL0001: a region code written in code, not read from configuration or the environment. A list of two or more
/// regions written in code and consumed at one place (<c>foreach (var r in Regions) …GetBySystemName(r)</c>) is a
/// multi-region design, not a pin (DOMAIN §7), so it is not reported; nor are Cosmos DB region preferences. A region
/// set by a Dockerfile's <c>ENV</c> is baked into the image, the same in every deployment, and is reported as well;
/// one set in a compose service's, Kubernetes container's or function's environment is configuration (RL0007 checks it).
/// </summary>
internal sealed class HardCodedRegionRule : IRule
{
    private static readonly RuleDescriptor Rule = RuleCatalog.HardCodedRegion;

    public IEnumerable<Finding> Evaluate(AnalysisInput input)
    {
        var pins = input.Dependencies.Where(d => d.Kind == EvidenceKind.Region && (d.Origin == Origin.Code || IsImageEnvironment(d)) && !CosmosRegionPreference.Is(d)).ToList();
        var regionsPerConsumer = pins
            .GroupBy(d => (d.Component, d.Consumer))
            .ToDictionary(g => g.Key, g => g.Select(d => d.Value).Distinct(StringComparer.Ordinal).Count());
        return pins
            .Where(d => regionsPerConsumer[(d.Component, d.Consumer)] < 2)
            .Select(d => new Finding(Rule.Id, Rule.DefaultLevel, RuleArguments.Message(Rule, RuleArguments.HardCodedRegion(d.Value, d.Sink)), d.Locations));
    }

    private static bool IsImageEnvironment(Dependency dependency) =>
        dependency.Origin == Origin.Iac && dependency.Sink.StartsWith("ENV ", StringComparison.Ordinal);
}
