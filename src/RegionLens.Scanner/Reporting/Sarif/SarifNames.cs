using RegionLens.Core.Rules;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Reporting.Sarif;

/// <summary>The SARIF words for RegionLens levels, and the constants every SARIF log repeats.</summary>
internal static class SarifNames
{
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string Version = "2.1.0";
    public const string SourceRoot = "%SRCROOT%";

    /// <summary>The project's home page, the same repository that <see cref="RuleCatalog.HelpUriBase"/> points into.</summary>
    public const string InformationUri = "https://github.com/regionlens/regionlens";

    public static string Level(RuleLevel level) => level switch
    {
        RuleLevel.Error => "error",
        RuleLevel.Warning => "warning",
        RuleLevel.Note => "note",
        _ => "none",
    };

    public static string Level(NotificationLevel level) => level switch
    {
        NotificationLevel.Error => "error",
        NotificationLevel.Warning => "warning",
        _ => "note",
    };

    /// <summary>GitHub code scanning's own severity scale for a rule (<c>problem.severity</c>).</summary>
    public static string ProblemSeverity(RuleLevel level) => level switch
    {
        RuleLevel.Error => "error",
        RuleLevel.Warning => "warning",
        _ => "recommendation",
    };
}
