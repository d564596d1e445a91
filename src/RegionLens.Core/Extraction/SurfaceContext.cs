using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using RegionLens.Core.Classification;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>What a surface needs while it looks at one syntax tree, and where it puts what it finds.</summary>
internal sealed class SurfaceContext
{
    private readonly List<Evidence> _found = new();

    public SurfaceContext(SemanticModel model, ValueResolver resolver, RegionCatalogue regions)
    {
        Model = model;
        Resolver = resolver;
        Regions = regions;
    }

    public SemanticModel Model { get; }
    public ValueResolver Resolver { get; }
    public RegionCatalogue Regions { get; }
    public IReadOnlyList<Evidence> Found => _found;

    /// <summary>Records every value an expression can take as evidence consumed at <paramref name="consumer"/>.
    /// Values of which nothing is known are dropped: there is nothing to classify.</summary>
    public void AddValues(EvidenceKind kind, IEnumerable<ResolvedValue> values, string sink, SyntaxNode consumer, Confidence confidence,
        bool isInfrastructure = false)
    {
        foreach (var value in values)
        {
            if (value.IsOpaque)
            {
                continue;
            }

            var locations = WithConsumer(value.Sources, SyntaxLocations.Of(consumer));
            var sure = value.IsSyntactic ? Confidence.Syntactic : confidence;
            _found.Add(value.ConfigKey is not null
                ? new Evidence(kind, null, value.ConfigKey, sink, locations, sure, isComplete: false, isInfrastructure)
                : new Evidence(kind, value.Text, null, sink, locations, sure, value.IsComplete, isInfrastructure));
        }
    }

    public void Add(Evidence evidence) => _found.Add(evidence);

    /// <summary>The places that wrote a value, then the place that consumes it — unless the value is written on the
    /// consuming line itself, where one location says it all.</summary>
    public static IReadOnlyList<SourceLocation> WithConsumer(IReadOnlyList<SourceLocation> sources, SourceLocation consumer)
    {
        var locations = sources.Distinct().ToList();
        if (!locations.Any(l => l.Path == consumer.Path && l.Line == consumer.Line))
        {
            locations.Add(consumer);
        }

        return locations;
    }
}
