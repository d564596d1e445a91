using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Graph;

namespace RegionLens.Scanner.Analysis;

/// <summary>What every rule sees: the classified dependencies, the graph over them, the components, and the
/// observed code patterns (paths relative to the scan root).</summary>
public sealed record AnalysisInput(
    IReadOnlyList<Dependency> Dependencies, DependencyGraph Graph, IReadOnlyList<Component> Components, IReadOnlyList<Observation> Observations);

internal interface IRule
{
    IEnumerable<Finding> Evaluate(AnalysisInput input);
}
