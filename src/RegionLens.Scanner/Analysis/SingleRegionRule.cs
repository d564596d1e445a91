using RegionLens.Core.Model;
using RegionLens.Core.Rules;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Graph;

namespace RegionLens.Scanner.Analysis;

/// <summary>
/// RL0100, first form: every dependency the solution has on one provider sits in a single region, and no second
/// region of that provider appears anywhere, so that region's failure leaves the components that reach it with
/// no alternative. The components are found by walking the graph back from the region.
/// </summary>
internal sealed class SingleRegionRule : IRule
{
    private static readonly RuleDescriptor Rule = RuleCatalog.ChokePoint;

    public IEnumerable<Finding> Evaluate(AnalysisInput input)
    {
        var total = input.Components.Count;
        foreach (var provider in input.Dependencies.Where(d => d.FailureRegion is not null).GroupBy(d => d.Provider).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var regions = provider.Select(d => d.FailureRegion!).Distinct(StringComparer.Ordinal).ToList();
            if (regions.Count != 1)
            {
                continue;
            }

            var affected = input.Graph.ComponentsReaching(DependencyGraph.RegionNodeId(provider.Key, regions[0]));
            if (affected.Count == 0)
            {
                continue;
            }

            var names = string.Join(", ", affected.Select(n => n.Label));
            var what = Describe(provider.ToList());
            var message = string.Format(null, Rule.MessageFormat, $"{provider.Key} region {regions[0]}", names, what, $"{affected.Count}/{total} components");
            var locations = provider.Select(d => d.Locations[0]).Distinct().Order().ToList();
            yield return new Finding(Rule.Id, Rule.DefaultLevel, message, locations);
        }
    }

    /// <summary>"dynamodb (3), region pins (2)": what the components lose, by service.</summary>
    private static string Describe(IReadOnlyList<Dependency> dependencies)
    {
        var parts = dependencies
            .GroupBy(d => d.Kind == EvidenceKind.Region ? "region pins" : d.Service ?? d.Value)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} ({g.Count()})");
        return "every dependency on it: " + string.Join(", ", parts);
    }
}
