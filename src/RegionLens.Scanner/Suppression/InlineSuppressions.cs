using RegionLens.Core.Model;
using RegionLens.Scanner.Analysis;
using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Suppression;

/// <summary>
/// Marks the findings that an in-source comment accepts (PRODUCT: suppression). A finding is suppressed when any of
/// its locations is covered by a directive for its rule, so a region that code reads from appsettings can be
/// accepted in the code or in the settings file. Only files that findings point to are read, each once; a file that
/// is missing, unreadable or not text suppresses nothing. Problems with comments become notes.
/// </summary>
public static class InlineSuppressions
{
    /// <param name="root">The scan root; the findings' paths are relative to it.</param>
    /// <param name="today">The day <c>until=</c> dates are compared with; injected so that results are reproducible.</param>
    public static IReadOnlyList<Finding> Apply(string root, IReadOnlyList<Finding> findings, Notifications notifications, DateOnly today)
    {
        var files = new Dictionary<string, FileDirectives>(StringComparer.Ordinal);
        var result = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            var suppression = finding.Locations
                .Select(location => Find(root, finding.RuleId, location, files, notifications, today))
                .FirstOrDefault(s => s is not null);
            result.Add(suppression is null ? finding : finding with { Suppression = suppression });
        }

        return result;
    }

    private static Analysis.Suppression? Find(
        string root, string ruleId, SourceLocation location, Dictionary<string, FileDirectives> files, Notifications notifications, DateOnly today)
    {
        if (!files.TryGetValue(location.Path, out var file))
        {
            file = Read(root, location.Path, notifications, today);
            files.Add(location.Path, file);
        }

        var directive = file.Directives.FirstOrDefault(d =>
            d.TargetLine == location.Line && d.RuleIds.Contains(ruleId, StringComparer.OrdinalIgnoreCase));
        return directive is null
            ? null
            : new Analysis.Suppression(directive.Justification, new SourceLocation(location.Path, directive.Line, directive.Column), directive.Until);
    }

    private static FileDirectives Read(string root, string relativePath, Notifications notifications, DateOnly today)
    {
        if (CommentSyntax.For(relativePath) is not { } syntax)
        {
            return FileDirectives.None;
        }

        var path = Path.Combine(root, relativePath);
        string? text;
        try
        {
            text = TextDecoding.Decode(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return FileDirectives.None;
        }

        if (text is null)
        {
            return FileDirectives.None;
        }

        var directives = SuppressionDirectives.Read(text, syntax, today);
        foreach (var problem in directives.Problems)
        {
            notifications.Add(NotificationLevel.Note, problem.Message, path, problem.Line);
        }

        return directives;
    }
}
