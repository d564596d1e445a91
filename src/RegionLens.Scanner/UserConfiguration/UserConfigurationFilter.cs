using RegionLens.Scanner.Analysis;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Graph;

namespace RegionLens.Scanner.UserConfiguration;

/// <summary>
/// The parts of <c>regionlens.json</c> a scan applies itself: <c>rules</c> (a level replaces the finding's; <c>none</c>
/// drops it) and <c>exclude</c> (a finding or dependency whose primary location, its first, is under an excluded glob
/// is dropped). Applied after the analysis, so a rule never needs to know about configuration; dependencies are
/// filtered before the graph is built, so an excluded file adds no edge and no choke point.
/// </summary>
public static class UserConfigurationFilter
{
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, RegionLensConfig? config)
    {
        if (config is null)
        {
            return findings;
        }

        var kept = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            if (finding.Locations.Count > 0 && config.IsExcluded(finding.Locations[0].Path))
            {
                continue;
            }

            if (!config.Rules.TryGetValue(finding.RuleId, out var level))
            {
                kept.Add(finding);
            }
            else if (level != Core.Rules.RuleLevel.None)
            {
                kept.Add(finding with { Level = level });
            }
        }

        return kept;
    }

    public static IReadOnlyList<Dependency> Apply(IReadOnlyList<Dependency> dependencies, RegionLensConfig? config) =>
        config is null || config.Exclude.Count == 0
            ? dependencies
            : [.. dependencies.Where(d => d.Locations.Count == 0 || !config.IsExcluded(d.Locations[0].Path))];

    /// <summary>Drops the data stores declared in excluded files, like their region values.</summary>
    public static IReadOnlyList<DataStoreNode> Apply(IReadOnlyList<DataStoreNode> stores, RegionLensConfig? config) =>
        config is null || config.Exclude.Count == 0 ? stores : [.. stores.Where(s => !config.IsExcluded(s.Store.Location.Path))];
}
