using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using RegionLens.Core.Classification;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>
/// Finds the regions and endpoints one C# syntax tree uses, through the SDK surfaces that consume them. Shared by
/// the scanner (over a loaded solution) and the analyzer package (inside the compiler).
/// </summary>
public sealed class CSharpEvidenceCollector
{
    private readonly RegionCatalogue _regions;

    public CSharpEvidenceCollector(RegionCatalogue regions)
    {
        _regions = regions;
    }

    public IReadOnlyList<Evidence> Collect(SemanticModel model, ValueResolver resolver)
    {
        var context = new SurfaceContext(model, resolver, _regions);
        foreach (var node in model.SyntaxTree.GetRoot().DescendantNodes())
        {
            foreach (var visit in SurfaceRegistry.All)
            {
                visit(node, context);
            }
        }

        return context.Found;
    }
}
