using Microsoft.CodeAnalysis;
using RegionLens.Core.Model;

namespace RegionLens.Core.Extraction;

internal static class SyntaxLocations
{
    /// <summary>The 1-based start of a node in its file.</summary>
    public static SourceLocation Of(SyntaxNode node)
    {
        var span = node.GetLocation().GetLineSpan();
        return new SourceLocation(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }
}
