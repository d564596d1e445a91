using System.CommandLine;
using RegionLens.Core.Rules;
using RegionLens.Scanner.Baseline;
using RegionLens.Scanner.Reporting;
using RegionLens.Scanner.Scanning;
using RegionLens.Scanner.UserConfiguration;

namespace RegionLens.Cli;

/// <summary><c>regionlens scan [PATH]</c>: scan, report in the chosen format, and exit 1 when a finding at or above
/// <c>--fail-on</c> remains. The user's <c>regionlens.json</c> (<c>--config</c>, else found from the scan root up) is
/// read before the scan starts, as is the <c>--baseline</c> report, so that a mistake in either stops the run at once
/// with exit code 2. With a baseline, only findings that are new to it fail the run.</summary>
internal static class ScanCommand
{
    private static readonly string[] Formats = ["console", "json", "sarif", "dot", "mermaid"];
    private static readonly string[] FailLevels = ["error", "warning", "note", "none"];

    public static Command Create(TextWriter output, TextWriter error, ConsoleEnvironment console, TimeProvider time)
    {
        var path = new Argument<string>("PATH") { Description = "A .sln, .slnx, .csproj or folder", DefaultValueFactory = _ => "." };
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "console" };
        format.AcceptOnlyFromAmong(Formats);
        var outputFile = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file instead of standard output" };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding at or above this level remains", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong(FailLevels);
        var configFile = UserConfigOption.Create();
        var baselineFile = ScanReportOptions.Baseline();
        var github = ScanReportOptions.GitHub();
        var timestamps = ScanReportOptions.Timestamps();
        var trustBuild = TrustBuildOption.Create();
        var quiet = QuietOption.Create();
        var noCache = NoCacheOption.Create();
        var noCode = new Option<bool>("--no-code")
        {
            Description = "Read configuration and infrastructure files only: no C# is loaded, so it is fast but misses what only code shows",
        };

        var command = new Command("scan", "Scan a solution, project or folder")
        {
            path, format, outputFile, failOn, configFile, baselineFile, github, timestamps, trustBuild, noCode, noCache, quiet,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            ScanResult result;
            IReadOnlyList<BaselineResult>? baseline;
            var target = parse.GetValue(path)!;
            var start = DateTimeOffset.UtcNow;
            try
            {
                var config = UserConfigOption.Load(target, parse.GetValue(configFile));
                baseline = ScanReportOptions.ReadBaseline(parse.GetValue(baselineFile));
                var scope = parse.GetValue(noCode) ? ScanScope.ConfigurationAndInfrastructure : ScanScope.Everything;
                var scanOptions = TrustBuildOption.Options(parse.GetValue(trustBuild)) with
                {
                    Scope = scope,
                    Cache = NoCacheOption.Settings(parse.GetValue(noCache), console),
                };
                var clock = StageTimings.Requested ? new StageClock() : null;
                using (var progress = ProgressDisplay.Start(console, parse.GetValue(quiet), error, time))
                {
                    result = await RegionLensScanner.ScanAsync(target, cancellationToken, config, scanOptions, clock, progress).ConfigureAwait(false);
                }

                await StageTimings.WriteAsync(clock, error).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ScanInputException or RegionLensConfigException or BaselineException)
            {
                await error.WriteLineAsync($"regionlens: {e.Message}").ConfigureAwait(false);
                return ExitCodes.UsageOrInputError;
            }

            var options = new ReportOptions
            {
                Baseline = baseline is null ? null : BaselineComparison.Compare(result.Findings, baseline),
                GitHub = parse.GetValue(github),
                Times = parse.GetValue(timestamps) ? new ScanTimes(start, DateTimeOffset.UtcNow) : null,
            };
            var file = parse.GetValue(outputFile);
            var report = parse.GetValue(format) switch
            {
                "json" => JsonReportWriter.Write(result, options),
                "sarif" => SarifReportWriter.Write(result, options),
                "dot" => DotGraphWriter.Write(result.Graph),
                "mermaid" => MermaidGraphWriter.Write(result.Graph),
                _ => ColouredForTerminal(ConsoleReportWriter.Write(result, target, options.Baseline), file, console),
            };
            if (!await TryWriteAsync(report, file, output, error).ConfigureAwait(false))
            {
                return ExitCodes.UsageOrInputError;
            }

            return Fails(result, parse.GetValue(failOn)!, options.Baseline) ? ExitCodes.FailingFindings : ExitCodes.Clean;
        });
        return command;
    }

    private static string ColouredForTerminal(string report, FileInfo? file, ConsoleEnvironment console) =>
        file is null && ReportColours.Wanted(console) ? ReportColours.Apply(report) : report;

    private static async Task<bool> TryWriteAsync(string report, FileInfo? file, TextWriter output, TextWriter error)
    {
        if (file is null)
        {
            await output.WriteAsync(report).ConfigureAwait(false);
            return true;
        }

        try
        {
            await File.WriteAllTextAsync(file.FullName, report).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"regionlens: cannot write {file.FullName}: {e.Message}; give --output a path in a folder that exists and is writable, or leave it out to write to standard output").ConfigureAwait(false);
            return false;
        }
    }

    private static bool Fails(ScanResult result, string failOn, BaselineComparison? baseline)
    {
        var threshold = failOn switch
        {
            "error" => RuleLevel.Error,
            "warning" => RuleLevel.Warning,
            "note" => RuleLevel.Note,
            _ => (RuleLevel?)null,
        };
        // A suppressed finding was accepted in the source, and a finding already in the baseline was accepted before:
        // both are reported but never fail the run.
        return threshold is { } level && result.Findings.Any(f =>
            f.Suppression is null && f.Level <= level && (baseline is null || baseline.StateOf(f) == BaselineState.New));
    }
}
