using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using RegionLens.Core.Model;

namespace RegionLens.Core.Observations;

/// <summary>Finds the resilience patterns of one C# syntax tree that are not values: how HTTP clients live and
/// where control-plane operations are called. Shared by the scanner and the analyzer package.</summary>
public static class CSharpObservationCollector
{
    public static IReadOnlyList<Observation> Collect(SemanticModel model)
    {
        var found = new List<Observation>();
        foreach (var node in model.SyntaxTree.GetRoot().DescendantNodes())
        {
            HttpClientLifetime.Visit(node, model, found);
            ControlPlaneCalls.Visit(node, model, found);
            CosmosEndpointLimit.Visit(node, model, found);
        }

        return found;
    }
}
