using System.CommandLine;
using RegionLens.Scanner.Baseline;

namespace RegionLens.Cli;

/// <summary>The scan options that change what a report says rather than what is scanned: <c>--baseline</c>,
/// <c>--github</c> and <c>--timestamps</c>.</summary>
internal static class ScanReportOptions
{
    public static Option<string?> Baseline() => new("--baseline")
    {
        Description = "A previous SARIF report of this scan: each finding is marked new, unchanged or updated (matched by its "
            + "regionLensKey/v1 fingerprint, so moved lines stay unchanged), findings gone since are reported as absent, and only new findings fail the run",
    };

    public static Option<bool> GitHub() => new("--github")
    {
        Description = "SARIF for GitHub code scanning, which opens an alert for every result it receives and reads paths from the repository's top: "
            + "suppressed results (and, with --baseline, absent ones) are left out, and when PATH is a folder inside a git checkout the paths start at the checkout's top",
    };

    public static Option<bool> Timestamps() => new("--timestamps")
    {
        Description = "Add the scan's start and end times (UTC) to SARIF and JSON; without it the same scan gives the same bytes",
    };

    /// <summary>The baseline's results, or null without <c>--baseline</c>.</summary>
    /// <exception cref="BaselineException">The file is missing, unreadable or not a SARIF 2.1.0 log.</exception>
    public static IReadOnlyList<BaselineResult>? ReadBaseline(string? file) => file is null ? null : SarifBaselineReader.Read(file);
}
