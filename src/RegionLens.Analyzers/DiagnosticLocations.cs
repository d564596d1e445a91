using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using RegionLens.Core.Model;

namespace RegionLens.Analyzers;

/// <summary>
/// Turns the core's locations (a file, a 1-based line and column) back into compiler locations: the span of the
/// expression that starts there. The primary location is the first one in the file being analysed, so that the
/// IDE shows the diagnostic in that file; the others (a constant in another file) become additional locations.
/// </summary>
internal sealed class DiagnosticLocations
{
    private readonly Dictionary<string, SyntaxTree> _trees;

    public DiagnosticLocations(Compilation compilation)
    {
        _trees = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            _trees[tree.FilePath] = tree;
        }
    }

    /// <summary>The primary location in <paramref name="tree"/> and the others; null when none is in the tree.</summary>
    public (Location Primary, IReadOnlyList<Location> Additional)? For(SyntaxTree tree, IEnumerable<SourceLocation> locations)
    {
        var all = locations.ToList();
        var primary = all.FirstOrDefault(l => string.Equals(l.Path, tree.FilePath, StringComparison.Ordinal));
        if (primary is null || Of(tree, primary) is not { } location)
        {
            return null;
        }

        var additional = all.Where(l => !ReferenceEquals(l, primary) && _trees.TryGetValue(l.Path, out _))
            .Select(l => Of(_trees[l.Path], l))
            .OfType<Location>()
            .ToList();
        return (location, additional);
    }

    /// <summary>The expression that starts at <paramref name="at"/>: the literal, the member access
    /// (<c>RegionEndpoint.USEast1</c>), the creation or the call, whole.</summary>
    public static Location? Of(SyntaxTree tree, SourceLocation at)
    {
        var text = tree.GetText();
        if (at.Line < 1 || at.Line > text.Lines.Count)
        {
            return null;
        }

        var position = text.Lines[at.Line - 1].Start + at.Column - 1;
        var token = tree.GetRoot().FindToken(position);
        SyntaxNode node = token.Parent ?? tree.GetRoot();
        // Up to the first call: `configuration.GetAWSOptions()`, not the chain of calls made on its result.
        while (node is not InvocationExpressionSyntax && node.Parent is ExpressionSyntax parent && parent.SpanStart == node.SpanStart && Widens(parent))
        {
            node = parent;
        }

        return node.SpanStart == position ? node.GetLocation() : Location.Create(tree, new TextSpan(position, token.Span.End - position));
    }

    private static bool Widens(ExpressionSyntax parent) =>
        parent is MemberAccessExpressionSyntax or QualifiedNameSyntax or AliasQualifiedNameSyntax or InterpolatedStringExpressionSyntax
            or BinaryExpressionSyntax or InvocationExpressionSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax;
}
