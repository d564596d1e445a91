using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RegionLens.Core.Rules;

namespace RegionLens.Core.Suppression;

/// <summary>
/// Reads one comment's text as a suppression directive, for the scanner and the analyzer alike:
/// <c>regionlens-disable-next-line RL0001[, RL0003] [until=YYYY-MM-DD] [-- reason]</c> or
/// <c>regionlens-disable-line ...</c>. The comment must name at least one rule of <see cref="RuleCatalog"/>, so that a
/// bare or mistyped directive cannot silence everything. XML comments cannot contain <c>--</c>, so a lone <c>-</c> also
/// introduces the reason. Where the directive applies is the caller's business (<see cref="CodeLines"/>).
/// </summary>
public static class SuppressionComment
{
    /// <summary>What both keywords start with: a text without it holds no directive.</summary>
    public const string KeywordStem = "regionlens-disable-";
    public const string NextLine = KeywordStem + "next-line";
    public const string SameLine = KeywordStem + "line";
    private const string UntilPrefix = "until=";
    private const string DateFormat = "yyyy-MM-dd";
    private static readonly char[] Separators = [' ', '\t', ','];

    /// <summary>The directive in <paramref name="text"/> (a comment without its delimiters), or
    /// <see langword="null"/> when the comment is not one.</summary>
    /// <param name="today">The day <c>until=</c> is compared with (a date; its time is ignored).</param>
    public static CommentDirective? Parse(string text, DateTime today)
    {
        var (keyword, at) = FindKeyword(text);
        if (keyword is null)
        {
            return null;
        }

        var scope = keyword == SameLine ? DirectiveScope.SameLine : DirectiveScope.NextLine;
        var (head, justification) = SplitReason(text.Substring(at + keyword.Length));
        var ruleIds = new List<string>();
        DateTime? until = null;
        foreach (var token in head.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.StartsWith(UntilPrefix, StringComparison.OrdinalIgnoreCase))
            {
                if (!DateTime.TryParseExact(token.Substring(UntilPrefix.Length), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return Invalid($"suppression comment has an invalid date '{token}': write until=YYYY-MM-DD; it suppresses nothing");
                }

                until = date;
            }
            else if (RuleCatalog.Find(token) is { } rule)
            {
                ruleIds.Add(rule.Id);
            }
            else
            {
                return Invalid($"suppression comment names an unknown rule '{token}'; it suppresses nothing");
            }
        }

        if (ruleIds.Count == 0)
        {
            return Invalid($"suppression comment names no rule: write {keyword} RL0001 -- reason");
        }

        var ids = ruleIds.Distinct().ToList();
        var problems = until is { } last && today.Date > last
            ? ids.Select(id => $"suppression of {id} expired on {last.ToString(DateFormat, CultureInfo.InvariantCulture)}").ToList()
            : new List<string>();
        return new CommentDirective(scope, at, ids, justification, until, problems);

        CommentDirective Invalid(string problem) => new(scope, at, [], justification, null, [problem]);
    }

    /// <summary>The directive keyword in a comment, followed by whitespace, a comma or the comment's end.</summary>
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

            var word = arguments.Substring(start, position - start);
            if (word.StartsWith("--", StringComparison.Ordinal) || word == "-")
            {
                var dashes = word == "-" ? 1 : 2;
                return (arguments.Substring(0, start), arguments.Substring(start + dashes).Trim());
            }
        }

        return (arguments, string.Empty);
    }
}
