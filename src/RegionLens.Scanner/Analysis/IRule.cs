using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Graph;
using RegionLens.Scanner.Infrastructure;
using RegionLens.Scanner.UserConfiguration;

namespace RegionLens.Scanner.Analysis;

/// <summary>What every rule sees: the classified dependencies, the graph over them, the components, and the
/// observed code patterns (paths relative to the scan root), and the facts of the infrastructure files with the data
/// stores the code uses (paths absolute; the scanner makes every finding's paths relative), and what the user's
/// <c>regionlens.json</c> says about allowed regions and redundant resolvers.</summary>
public sealed record AnalysisInput(
    IReadOnlyList<Dependency> Dependencies,
    DependencyGraph Graph,
    IReadOnlyList<Component> Components,
    IReadOnlyList<Observation> Observations,
    IReadOnlyList<OwnedFacts> Infrastructure,
    IReadOnlyList<DataStoreUse> DataStoreUses,
    RegionLensConfig? Config = null)
{
    /// <summary>The user's <c>regionlens.json</c>, <see cref="RegionLensConfig.Empty"/> when there is none.</summary>
    public RegionLensConfig Settings => Config ?? RegionLensConfig.Empty;
}

internal interface IRule
{
    IEnumerable<Finding> Evaluate(AnalysisInput input);
}
