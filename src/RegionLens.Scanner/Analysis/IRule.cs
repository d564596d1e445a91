using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Graph;

namespace RegionLens.Scanner.Analysis;

/// <summary>What every rule sees: the classified dependencies, the graph over them, and the components.</summary>
public sealed record AnalysisInput(IReadOnlyList<Dependency> Dependencies, DependencyGraph Graph, IReadOnlyList<Component> Components);

internal interface IRule
{
    IEnumerable<Finding> Evaluate(AnalysisInput input);
}
