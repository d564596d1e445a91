using System.Collections.Generic;
using System.Linq;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

/// <summary>One value an expression can take: its text (with <c>{placeholders}</c> for parts that stay unknown), the
/// places that wrote it, and — when the whole value is a configuration read — the key it reads.</summary>
public sealed class ResolvedValue
{
    public ResolvedValue(string text, bool isComplete, IReadOnlyList<SourceLocation> sources, string? configKey = null, bool isSyntactic = false)
    {
        Text = text;
        IsComplete = isComplete;
        Sources = sources;
        ConfigKey = configKey;
        IsSyntactic = isSyntactic;
    }

    public string Text { get; }
    public bool IsComplete { get; }
    public IReadOnlyList<SourceLocation> Sources { get; }
    public string? ConfigKey { get; }

    /// <summary>Part of the value was recognised by the shape of unbound syntax (a configuration read in a project
    /// whose packages did not resolve), so the whole value is only as sure as that.</summary>
    public bool IsSyntactic { get; }

    /// <summary>Nothing useful of the value is known: outside its placeholders there is no letter or digit
    /// (<c>{url}</c>, <c>{url}/</c>), so there is nothing to classify.</summary>
    public bool IsOpaque => ConfigKey is null && !IsComplete && !HasKnownLetterOrDigit(Text);

    /// <summary>The empty string, written nowhere: the start of a concatenation.</summary>
    public static ResolvedValue Empty { get; } = new(string.Empty, true, System.Array.Empty<SourceLocation>());

    /// <summary>A part that stays unknown. It has no source: nothing writes it, and its consumer is located anyway.</summary>
    public static ResolvedValue Unknown(string name) =>
        new("{" + name + "}", false, System.Array.Empty<SourceLocation>());

    public static ResolvedValue Concat(ResolvedValue left, ResolvedValue right) =>
        new(left.Text + right.Text, left.IsComplete && right.IsComplete,
            left.Sources.Concat(right.Sources).Distinct().ToList(), null, left.IsSyntactic || right.IsSyntactic);

    private static bool HasKnownLetterOrDigit(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == '{' ? 1 : c == '}' && depth > 0 ? -1 : 0;
            if (depth == 0 && char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => ConfigKey is null ? Text : "config:" + ConfigKey;
}
