using System;
using System.Collections.Generic;

namespace RegionLens.Core.Suppression;

/// <summary>Which line a suppression comment covers.</summary>
public enum DirectiveScope
{
    /// <summary><c>regionlens-disable-next-line</c>: the next line that has code (<see cref="CodeLines"/>).</summary>
    NextLine,

    /// <summary><c>regionlens-disable-line</c>: the comment's own line.</summary>
    SameLine,
}

/// <summary>
/// One suppression comment as read from its text by <see cref="SuppressionComment.Parse"/>. It counts only when
/// <see cref="Problems"/> is empty; otherwise it suppresses nothing and the problems say why (the scanner reports
/// them as notes). An expired <c>until=</c> date is a problem too, so an expired comment never suppresses.
/// </summary>
public sealed class CommentDirective
{
    internal CommentDirective(
        DirectiveScope scope, int offset, IReadOnlyList<string> ruleIds, string justification, DateTime? until, IReadOnlyList<string> problems)
    {
        Scope = scope;
        Offset = offset;
        RuleIds = ruleIds;
        Justification = justification;
        Until = until;
        Problems = problems;
    }

    public DirectiveScope Scope { get; }

    /// <summary>Where the keyword starts in the comment's text (0-based), for the report's column.</summary>
    public int Offset { get; }

    /// <summary>The catalogue's ids of the rules named, each once.</summary>
    public IReadOnlyList<string> RuleIds { get; }

    public string Justification { get; }

    /// <summary>The last day the comment counts (a date without time), if it has one.</summary>
    public DateTime? Until { get; }

    public IReadOnlyList<string> Problems { get; }

    public bool IsValid => Problems.Count == 0;

    /// <summary>Whether the comment names the rule; ids compare without case, as the scanner always has.</summary>
    public bool Covers(string ruleId)
    {
        foreach (var id in RuleIds)
        {
            if (string.Equals(id, ruleId, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
