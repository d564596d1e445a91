namespace RegionLens.Scanner.Analysis;

/// <summary>Runs every rule and orders the findings the way every report shows them.</summary>
internal static class FindingsAnalysis
{
    private static readonly IRule[] Rules =
    [
        new HardCodedRegionRule(), new HardCodedEndpointRule(), new HiddenHomeRegionRule(), new SingleResolverRule(), new HardCodedIpRule(),
        new StaleDnsRule(), new RegionNotDeployedRule(), new SingleRegionDataStoreRule(), new SingleRegionClientRule(), new ControlPlaneRule(),
        new ChokePointRule(),
    ];

    public static IReadOnlyList<Finding> Run(AnalysisInput input) =>
        [.. Rules.SelectMany(rule => rule.Evaluate(input))
            .Distinct()
            .OrderBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Locations.Count > 0 ? f.Locations[0].Path : string.Empty, StringComparer.Ordinal)
            .ThenBy(f => f.Locations.Count > 0 ? f.Locations[0].Line : 0)
            .ThenBy(f => f.Locations.Count > 0 ? f.Locations[0].Column : 0)
            .ThenBy(f => f.Message, StringComparer.Ordinal)];
}
