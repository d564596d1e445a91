using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Graph;
using RegionLens.Scanner.Infrastructure;

namespace RegionLens.Scanner.Analysis;

/// <summary>What every rule sees: the classified dependencies, the graph over them, the components, and the
/// observed code patterns (paths relative to the scan root), and the facts of the infrastructure files with the data
/// stores the code uses (paths absolute; the scanner makes every finding's paths relative).</summary>
public sealed record AnalysisInput(
    IReadOnlyList<Dependency> Dependencies,
    DependencyGraph Graph,
    IReadOnlyList<Component> Components,
    IReadOnlyList<Observation> Observations,
    IReadOnlyList<OwnedFacts> Infrastructure,
    IReadOnlyList<DataStoreUse> DataStoreUses);

internal interface IRule
{
    IEnumerable<Finding> Evaluate(AnalysisInput input);
}
