using RegionLens.Scanner.Suppression;

namespace RegionLens.Scanner.Tests.Suppression;

/// <summary>Reads directives from text as a file of the given name would be read, rendering each directive and
/// problem on one line so that a test states the whole expected result at once.</summary>
internal static class DirectiveText
{
    public static readonly DateOnly Today = new(2026, 3, 1);

    public static FileDirectives Read(string fileName, string text, DateOnly? today = null) =>
        SuppressionDirectives.Read(text, CommentSyntax.For(fileName) ?? throw new ArgumentException($"no comment syntax for {fileName}"), today ?? Today);

    /// <summary><c>line:column -> target [rules] 'justification' until</c>.</summary>
    public static IEnumerable<string> Directives(string fileName, string text, DateOnly? today = null) =>
        Read(fileName, text, today).Directives.Select(d =>
            $"{d.Line}:{d.Column} -> {d.TargetLine} [{string.Join(",", d.RuleIds)}] '{d.Justification}'{(d.Until is { } until ? $" until {until:yyyy-MM-dd}" : string.Empty)}");

    public static IEnumerable<string> Problems(string fileName, string text, DateOnly? today = null) =>
        Read(fileName, text, today).Problems.Select(p => $"{p.Line}: {p.Message}");
}
