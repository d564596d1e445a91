using System.Text.RegularExpressions;

namespace RegionLens.Cli;

/// <summary>Colours the level word of each finding and notification in the console report, for a person reading it in a
/// terminal. Only then: escape codes in a file or pipe are noise that a reader or a diff has to see past.</summary>
internal static partial class ReportColours
{
    private const string Reset = "\u001b[0m";

    /// <summary>Colour is for a terminal that can show it and a user who has not opted out (https://no-color.org: any
    /// non-empty <c>NO_COLOR</c>).</summary>
    public static bool Wanted(ConsoleEnvironment console) =>
        console.OutputIsTerminal
        && string.IsNullOrEmpty(console.ReadVariable("NO_COLOR"))
        && console.ReadVariable("TERM") != "dumb";

    public static string Apply(string report) => LevelAtLineStart().Replace(report, match =>
    {
        var colour = match.Groups["level"].Value switch
        {
            "error" => "\u001b[31m",
            "warning" => "\u001b[33m",
            _ => "\u001b[36m",
        };
        return $"{match.Groups["indent"].Value}{colour}{match.Groups["level"].Value}{Reset}";
    });

    // The console report writes a finding or notification as two spaces, its level padded to seven, then the rest.
    [GeneratedRegex("^(?<indent>  )(?<level>error|warning|note)(?= )", RegexOptions.Multiline)]
    private static partial Regex LevelAtLineStart();
}
