using RegionLens.Core.Suppression;

namespace RegionLens.Scanner.Suppression;

/// <summary>
/// Reads the suppression comments of a file's text: the scanner's lexer (<see cref="CommentScanner"/>) finds the
/// comments and which lines have code; what a comment says and which line it covers are the core's
/// (<see cref="SuppressionComment"/>, <see cref="CodeLines"/>), shared with the analyzer.
/// </summary>
internal static class SuppressionDirectives
{
    public static FileDirectives Read(string text, CommentSyntax syntax, DateOnly today)
    {
        // Keywords are matched by ordinal comparison, so a file without their stem, as most are, holds no directive
        // and need not be split into lines and lexed.
        if (!text.Contains(SuppressionComment.KeywordStem, StringComparison.Ordinal))
        {
            return FileDirectives.None;
        }

        var lines = CommentScanner.Scan(text, syntax);
        var directives = new List<SuppressionDirective>();
        var problems = new List<DirectiveProblem>();
        for (var index = 0; index < lines.Count; index++)
        {
            foreach (var comment in lines[index].Comments)
            {
                if (Parse(comment, index + 1, lines, today, problems) is { } directive)
                {
                    directives.Add(directive);
                }
            }
        }

        return new FileDirectives(directives, problems);
    }

    private static SuppressionDirective? Parse(CommentText comment, int line, IReadOnlyList<CommentedLine> lines, DateOnly today, List<DirectiveProblem> problems)
    {
        if (SuppressionComment.Parse(comment.Text, today.ToDateTime(TimeOnly.MinValue)) is not { } parsed)
        {
            return null;
        }

        if (!parsed.IsValid)
        {
            problems.AddRange(parsed.Problems.Select(message => new DirectiveProblem(line, message)));
            return null;
        }

        var target = parsed.Scope == DirectiveScope.SameLine ? line : CodeLines.NextAfter(line, CodeSpans(lines));
        var until = parsed.Until is { } last ? DateOnly.FromDateTime(last) : (DateOnly?)null;
        return new SuppressionDirective(line, comment.Column + parsed.Offset, parsed.RuleIds, parsed.Justification, until, target);
    }

    private static IEnumerable<(int First, int Last)> CodeSpans(IReadOnlyList<CommentedLine> lines) =>
        lines.Select((l, index) => (l.HasCode, Line: index + 1)).Where(l => l.HasCode).Select(l => (l.Line, l.Line));
}
