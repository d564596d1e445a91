using System.CommandLine;
using RegionLens.Scanner.Graph;
using RegionLens.Scanner.Reporting;
using RegionLens.Scanner.Scanning;
using RegionLens.Scanner.UserConfiguration;

namespace RegionLens.Cli;

/// <summary><c>regionlens whatif PATH --fail DOMAIN [--fail DOMAIN…]</c>: scan, take the named failure domains away,
/// and print what breaks and why. It answers a question rather than gating a build: the exit code is 0 unless the
/// input is wrong.</summary>
internal static class WhatIfCommand
{
    private static readonly string[] Formats = ["console", "json"];

    public static Command Create(TextWriter output, TextWriter error, ConsoleEnvironment console, TimeProvider time)
    {
        var path = new Argument<string>("PATH") { Description = "A .sln, .slnx, .csproj or folder", DefaultValueFactory = _ => "." };
        var fail = new Option<string[]>("--fail")
        {
            Description = "A failure domain to take away: a region (us-east-1), resolver:10.0.0.2, a control plane (aws:iam), a domain from regionlens.json (dc:eu-1) or a node id; repeat for several",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "console" };
        format.AcceptOnlyFromAmong(Formats);

        var configFile = UserConfigOption.Create();
        var trustBuild = TrustBuildOption.Create();
        var quiet = QuietOption.Create();
        var noCache = NoCacheOption.Create();

        var command = new Command("whatif", "Show what breaks when regions, resolvers or control planes fail") { path, fail, format, configFile, trustBuild, noCache, quiet };
        command.SetAction(async (parse, cancellationToken) =>
        {
            ScanResult result;
            try
            {
                var target = parse.GetValue(path)!;
                var config = UserConfigOption.Load(target, parse.GetValue(configFile));
                var options = TrustBuildOption.Options(parse.GetValue(trustBuild)) with { Cache = NoCacheOption.Settings(parse.GetValue(noCache), console) };
                using var progress = ProgressDisplay.Start(console, parse.GetValue(quiet), error, time);
                result = await RegionLensScanner.ScanAsync(target, cancellationToken, config, options, progress: progress).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ScanInputException or RegionLensConfigException)
            {
                await error.WriteLineAsync($"regionlens: {e.Message}").ConfigureAwait(false);
                return ExitCodes.UsageOrInputError;
            }

            var failed = new List<GraphNode>();
            foreach (var name in parse.GetValue(fail)!)
            {
                var named = FailureDomains.Named(result.Graph, name);
                if (named.Count == 0)
                {
                    var known = string.Join(", ", result.Graph.Nodes.Where(n => n.IsFailureDomain).Select(n => n.Id));
                    await error.WriteLineAsync($"regionlens: no failure domain '{name}' in this scan; it has: {(known.Length == 0 ? "none" : known)}").ConfigureAwait(false);
                    return ExitCodes.UsageOrInputError;
                }

                failed.AddRange(named);
            }

            var impact = FailureAnalysis.Analyse(result.Graph, [.. failed.Distinct()]);
            await output.WriteAsync(parse.GetValue(format) == "json" ? WhatIfReportWriter.Json(impact) : WhatIfReportWriter.Console(impact)).ConfigureAwait(false);
            return ExitCodes.Clean;
        });
        return command;
    }
}
