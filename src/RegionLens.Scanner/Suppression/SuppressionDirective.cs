namespace RegionLens.Scanner.Suppression;

/// <summary>A valid, unexpired suppression comment: it covers <see cref="RuleIds"/> on <see cref="TargetLine"/>
/// (0 when a next-line comment has no line after it). <see cref="Line"/> and <see cref="Column"/> are where the
/// directive itself is written, for the report.</summary>
internal sealed record SuppressionDirective(
    int Line, int Column, IReadOnlyList<string> RuleIds, string Justification, DateOnly? Until, int TargetLine);

/// <summary>Something wrong with a suppression comment, reported as a note at <see cref="Line"/>.</summary>
internal sealed record DirectiveProblem(int Line, string Message);

/// <summary>What one file says: the directives that count, and the comments that were ignored or have expired.</summary>
internal sealed record FileDirectives(IReadOnlyList<SuppressionDirective> Directives, IReadOnlyList<DirectiveProblem> Problems)
{
    public static readonly FileDirectives None = new([], []);
}
