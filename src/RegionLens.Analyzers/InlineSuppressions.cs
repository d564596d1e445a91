using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using RegionLens.Core.Suppression;

namespace RegionLens.Analyzers;

/// <summary>
/// The scanner's inline suppression comments (<c>// regionlens-disable-next-line RL0001 -- reason</c>,
/// <c>regionlens-disable-line</c>) in C#: a diagnostic is suppressed when any of its locations in source is on the
/// line a valid, unexpired comment covers for its rule, as the scanner decides. The comment's text and the
/// next-line rule are the core's; the comments and the lines with code come from the syntax tree.
/// </summary>
/// <remarks>
/// Used by <see cref="RegionLensSuppressor"/>. An expired comment is ignored, so the diagnostic comes back.
/// Comments in <c>appsettings*.json</c> are not read here (the scanner reads them).
/// </remarks>
internal sealed class InlineSuppressions
{
    private readonly Func<DateTime> _today;
    private readonly ConcurrentDictionary<SyntaxTree, IReadOnlyList<(int Line, CommentDirective Directive)>> _trees = new();

    public InlineSuppressions(Func<DateTime> today)
    {
        _today = today;
    }

    public bool Covers(Diagnostic diagnostic, CancellationToken cancellationToken) =>
        new[] { diagnostic.Location }.Concat(diagnostic.AdditionalLocations)
            .Where(location => location.IsInSource && location.SourceTree is not null)
            .Any(location => Covers(location, diagnostic.Id, cancellationToken));

    private bool Covers(Location location, string ruleId, CancellationToken cancellationToken)
    {
        var line = location.GetLineSpan().StartLinePosition.Line + 1;
        var directives = _trees.GetOrAdd(location.SourceTree!, tree => Read(tree, _today().Date, cancellationToken));
        return directives.Any(d => d.Line == line && d.Directive.Covers(ruleId));
    }

    /// <summary>Each valid directive of the tree with the 1-based line it covers.</summary>
    private static IReadOnlyList<(int Line, CommentDirective Directive)> Read(SyntaxTree tree, DateTime today, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken);
        var result = new List<(int, CommentDirective)>();
        foreach (var trivia in tree.GetRoot(cancellationToken).DescendantTrivia())
        {
            foreach (var (line, comment) in CommentLines(trivia, text))
            {
                if (SuppressionComment.Parse(comment, today) is { IsValid: true } directive)
                {
                    var target = directive.Scope == DirectiveScope.SameLine ? line : CodeLines.NextAfter(line, SourceCode.After(trivia, text));
                    result.Add((target, directive));
                }
            }
        }

        return result;
    }

    /// <summary>A comment's text without its delimiters, one piece per line as the scanner reads block comments.</summary>
    private static IEnumerable<(int Line, string Text)> CommentLines(SyntaxTrivia trivia, SourceText text)
    {
        var kind = trivia.Kind();
        if (kind != SyntaxKind.SingleLineCommentTrivia && kind != SyntaxKind.MultiLineCommentTrivia)
        {
            return Enumerable.Empty<(int, string)>();
        }

        var written = trivia.ToString();
        var body = kind == SyntaxKind.SingleLineCommentTrivia
            ? written.Substring(2)
            : written.Substring(2, written.Length - (written.EndsWith("*/", StringComparison.Ordinal) && written.Length >= 4 ? 4 : 2));
        var first = text.Lines.GetLinePosition(trivia.SpanStart).Line + 1;
        return body.Split('\n').Select((piece, index) => (first + index, piece.TrimEnd('\r')));
    }
}
