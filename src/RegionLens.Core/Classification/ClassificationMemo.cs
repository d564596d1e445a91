using System;
using System.Collections.Concurrent;

namespace RegionLens.Core.Classification;

/// <summary>
/// Remembers what <see cref="EndpointClassifier.Classify"/> returned for a text (null included). The results are
/// immutable, so one instance is shared by every caller. It is bounded because the analyzers keep a catalogue for as
/// long as the IDE runs, while the user types one new literal after another: past the bound, texts are classified
/// without being remembered.
/// </summary>
internal sealed class ClassificationMemo
{
    private const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<string, EndpointClassification?> _byText = new(StringComparer.Ordinal);

    public EndpointClassification? GetOrAdd(string text, Func<string, EndpointClassification?> classify)
    {
        if (_byText.TryGetValue(text, out var known))
        {
            return known;
        }

        var classified = classify(text);
        if (_byText.Count < MaxEntries)
        {
            _byText.TryAdd(text, classified);
        }

        return classified;
    }
}
