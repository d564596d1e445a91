using System.Globalization;
using RegionLens.Core.Rules;

namespace RegionLens.Scanner.Suppression;

/// <summary>
/// Reads suppression comments from a file's text:
/// <c>regionlens-disable-next-line RL0001[, RL0003] [until=YYYY-MM-DD] [-- reason]</c> covers the next line that
/// has more than comments or whitespace; <c>regionlens-disable-line ...</c> covers its own line. The comment must
/// name at least one rule of <see cref="RuleCatalog"/>, so that a bare or mistyped directive cannot silence
/// everything; a comment that does not is reported and ignored. XML comments cannot contain <c>--</c>, so a lone
/// <c>-</c> also introduces the reason.
/// </summary>
internal static class SuppressionDirectives
{
    public const string NextLine = "regionlens-disable-next-line";
    public const string SameLine = "regionlens-disable-line";
    private const string UntilPrefix = "until=";
    private const string DateFormat = "yyyy-MM-dd";

    public static FileDirectives Read(string text, CommentSyntax syntax, DateOnly today)
    {
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
        var (keyword, at) = FindKeyword(comment.Text);
        if (keyword is null)
        {
            return null;
        }

        var (head, justification) = SplitReason(comment.Text[(at + keyword.Length)..]);
        var ruleIds = new List<string>();
        DateOnly? until = null;
        foreach (var token in head.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.StartsWith(UntilPrefix, StringComparison.OrdinalIgnoreCase))
            {
                if (!DateOnly.TryParseExact(token[UntilPrefix.Length..], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    problems.Add(new DirectiveProblem(line, $"suppression comment has an invalid date '{token}': write until=YYYY-MM-DD; it suppresses nothing"));
                    return null;
                }

                until = date;
            }
            else if (RuleCatalog.Find(token) is { } rule)
            {
                ruleIds.Add(rule.Id);
            }
            else
            {
                problems.Add(new DirectiveProblem(line, $"suppression comment names an unknown rule '{token}'; it suppresses nothing"));
                return null;
            }
        }

        if (ruleIds.Count == 0)
        {
            problems.Add(new DirectiveProblem(line, $"suppression comment names no rule: write {keyword} RL0001 -- reason"));
            return null;
        }

        if (until is { } last && today > last)
        {
            problems.AddRange(ruleIds.Distinct().Select(id =>
                new DirectiveProblem(line, $"suppression of {id} expired on {last.ToString(DateFormat, CultureInfo.InvariantCulture)}")));
            return null;
        }

        var target = keyword == SameLine ? line : NextCodeLine(lines, line);
        return new SuppressionDirective(line, comment.Column + at, [.. ruleIds.Distinct()], justification, until, target);
    }

    /// <summary>The directive keyword in a comment, followed by whitespace or the comment's end.</summary>
    private static (string? Keyword, int At) FindKeyword(string text)
    {
        foreach (var keyword in new[] { NextLine, SameLine })
        {
            var at = text.IndexOf(keyword, StringComparison.Ordinal);
            var end = at + keyword.Length;
            if (at >= 0 && (end == text.Length || char.IsWhiteSpace(text[end]) || text[end] == ','))
            {
                return (keyword, at);
            }
        }

        return (null, -1);
    }

    /// <summary>Splits at the first whitespace-separated word that starts with <c>--</c> or is a lone <c>-</c>.</summary>
    private static (string Head, string Justification) SplitReason(string arguments)
    {
        var position = 0;
        while (position < arguments.Length)
        {
            while (position < arguments.Length && char.IsWhiteSpace(arguments[position]))
            {
                position++;
            }

            var start = position;
            while (position < arguments.Length && !char.IsWhiteSpace(arguments[position]))
            {
                position++;
            }

            var word = arguments[start..position];
            if (word.StartsWith("--", StringComparison.Ordinal) || word == "-")
            {
                var dashes = word == "-" ? 1 : 2;
                return (arguments[..start], arguments[(start + dashes)..].Trim());
            }
        }

        return (arguments, string.Empty);
    }

    private static int NextCodeLine(IReadOnlyList<CommentedLine> lines, int line)
    {
        for (var index = line; index < lines.Count; index++)
        {
            if (lines[index].HasCode)
            {
                return index + 1;
            }
        }

        return 0;
    }
}
