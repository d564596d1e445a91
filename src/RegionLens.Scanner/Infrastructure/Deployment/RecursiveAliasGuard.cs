using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RegionLens.Scanner.Infrastructure.Deployment;

/// <summary>
/// Passes parser events through and stops at an alias to a collection that is still open (<c>a: &amp;x [*x]</c>).
/// Such a node contains itself: Go's YAML (kubectl, Helm, compose) rejects it ("anchor value contains itself"), and
/// YamlDotNet overflows the stack — which cannot be caught — when one is a mapping key (<c>? &amp;k [*k]</c>).
/// It also stops at collections nested deeper than <see cref="MaxNesting"/>: YamlDotNet builds its node tree
/// recursively, so thousands of <c>[</c> in a row would overflow the stack the same way.
/// </summary>
internal sealed class RecursiveAliasGuard(IParser inner) : IParser
{
    /// <summary>Far deeper than any real manifest or template nests, far shallower than the stack allows.</summary>
    public const int MaxNesting = 256;

    private readonly List<string?> _open = [];

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case MappingStart or SequenceStart:
                if (_open.Count >= MaxNesting)
                {
                    throw new YamlException(inner.Current.Start, inner.Current.End, $"collections nested deeper than {MaxNesting} levels are not read");
                }

                var anchor = ((NodeEvent)inner.Current).Anchor;
                _open.Add(anchor.IsEmpty ? null : anchor.Value);
                break;
            case MappingEnd or SequenceEnd when _open.Count > 0:
                _open.RemoveAt(_open.Count - 1);
                break;
            case AnchorAlias alias when _open.Contains(alias.Value.Value):
                throw new YamlException(alias.Start, alias.End, $"anchor '{alias.Value.Value}' value contains itself");
        }

        return true;
    }
}
