using System.CommandLine;
using RegionLens.Core.Rules;
using RegionLens.Scanner.Reporting;
using RegionLens.Scanner.Scanning;
using RegionLens.Scanner.UserConfiguration;

namespace RegionLens.Cli;

/// <summary><c>regionlens scan [PATH]</c>: scan, report in the chosen format, and exit 1 when a finding at or above
/// <c>--fail-on</c> remains. The user's <c>regionlens.json</c> (<c>--config</c>, else found from the scan root up) is
/// read before the scan starts, so that a mistake in it stops the run at once with exit code 2.</summary>
internal static class ScanCommand
{
    private static readonly string[] Formats = ["console", "json", "sarif", "dot", "mermaid"];
    private static readonly string[] FailLevels = ["error", "warning", "note", "none"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var path = new Argument<string>("PATH") { Description = "A .sln, .slnx, .csproj or folder", DefaultValueFactory = _ => "." };
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "console" };
        format.AcceptOnlyFromAmong(Formats);
        var outputFile = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file instead of standard output" };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding at or above this level remains", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong(FailLevels);
        var configFile = UserConfigOption.Create();
        var noCode = new Option<bool>("--no-code")
        {
            Description = "Read configuration and infrastructure files only: no C# is loaded, so it is fast but misses what only code shows",
        };

        var command = new Command("scan", "Scan a solution, project or folder") { path, format, outputFile, failOn, configFile, noCode };
        command.SetAction(async (parse, cancellationToken) =>
        {
            ScanResult result;
            var target = parse.GetValue(path)!;
            try
            {
                var config = UserConfigOption.Load(target, parse.GetValue(configFile));
                var scope = parse.GetValue(noCode) ? ScanScope.ConfigurationAndInfrastructure : ScanScope.Everything;
                var clock = StageTimings.Requested ? new StageClock() : null;
                result = await RegionLensScanner.ScanAsync(target, cancellationToken, config, scope, clock).ConfigureAwait(false);
                await StageTimings.WriteAsync(clock, error).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ScanInputException or RegionLensConfigException)
            {
                await error.WriteLineAsync($"regionlens: {e.Message}").ConfigureAwait(false);
                return ExitCodes.UsageOrInputError;
            }

            var report = parse.GetValue(format) switch
            {
                "json" => JsonReportWriter.Write(result),
                "sarif" => SarifReportWriter.Write(result),
                "dot" => DotGraphWriter.Write(result.Graph),
                "mermaid" => MermaidGraphWriter.Write(result.Graph),
                _ => ConsoleReportWriter.Write(result, target),
            };
            if (!await TryWriteAsync(report, parse.GetValue(outputFile), output, error).ConfigureAwait(false))
            {
                return ExitCodes.UsageOrInputError;
            }

            return Fails(result, parse.GetValue(failOn)!) ? ExitCodes.FailingFindings : ExitCodes.Clean;
        });
        return command;
    }

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
            await error.WriteLineAsync($"regionlens: cannot write {file.FullName}: {e.Message}").ConfigureAwait(false);
            return false;
        }
    }

    private static bool Fails(ScanResult result, string failOn)
    {
        var threshold = failOn switch
        {
            "error" => RuleLevel.Error,
            "warning" => RuleLevel.Warning,
            "note" => RuleLevel.Note,
            _ => (RuleLevel?)null,
        };
        // A suppressed finding was accepted in the source; it is reported but never fails the run.
        return threshold is { } level && result.Findings.Any(f => f.Suppression is null && f.Level <= level);
    }
}
