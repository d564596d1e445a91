using System.Collections.Generic;
using System.Linq;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>One value an expression can take: its text (with <c>{placeholders}</c> for parts that stay unknown), the
/// places that wrote it, and — when the whole value is a configuration read — the key it reads.</summary>
public sealed class ResolvedValue
{
    public ResolvedValue(string text, bool isComplete, IReadOnlyList<SourceLocation> sources, string? configKey = null)
    {
        Text = text;
        IsComplete = isComplete;
        Sources = sources;
        ConfigKey = configKey;
    }

    public string Text { get; }
    public bool IsComplete { get; }
    public IReadOnlyList<SourceLocation> Sources { get; }
    public string? ConfigKey { get; }

    /// <summary>Nothing of the value is known: it is a single placeholder.</summary>
    public bool IsOpaque => !IsComplete && ConfigKey is null && Text.StartsWith("{", System.StringComparison.Ordinal)
        && Text.IndexOf('}') == Text.Length - 1;

    public static ResolvedValue Unknown(string name, SourceLocation at) =>
        new("{" + name + "}", false, new[] { at });

    public static ResolvedValue Concat(ResolvedValue left, ResolvedValue right) =>
        new(left.Text + right.Text, left.IsComplete && right.IsComplete,
            left.Sources.Concat(right.Sources).Distinct().ToList());

    public override string ToString() => ConfigKey is null ? Text : "config:" + ConfigKey;
}
