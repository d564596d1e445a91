using Microsoft.CodeAnalysis;
using RegionLens.Scanner.Loading;

namespace RegionLens.Scanner.Extraction;

/// <summary>One semantic model per syntax tree of the solution, made before extraction starts. A model caches what
/// it has bound and values are followed across files often, so every thread must get the same model for a tree;
/// making them all first leaves a dictionary that is only read while documents are analysed in parallel.</summary>
internal sealed class SemanticModels
{
    private readonly Dictionary<SyntaxTree, SemanticModel> _byTree;

    private SemanticModels(Dictionary<SyntaxTree, SemanticModel> byTree)
    {
        _byTree = byTree;
    }

    public static SemanticModels Of(IReadOnlyList<LoadedProject> projects)
    {
        var byTree = new Dictionary<SyntaxTree, SemanticModel>();
        foreach (var project in projects)
        {
            foreach (var tree in project.Compilation.SyntaxTrees)
            {
                if (!byTree.ContainsKey(tree))
                {
                    byTree[tree] = project.Compilation.GetSemanticModel(tree);
                }
            }
        }

        return new SemanticModels(byTree);
    }

    /// <summary>The model of a tree, or null when the tree belongs to no loaded compilation.</summary>
    public SemanticModel? For(SyntaxTree tree) => _byTree.TryGetValue(tree, out var model) ? model : null;
}
