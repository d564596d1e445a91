using System.Diagnostics;
using System.Text.Json;
using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests;

/// <summary>
/// The Microsoft SARIF Multitool, installed by npm into <c>.tools/sarif</c> (<c>.ci/run</c> does it). Its
/// <c>validate</c> writes its own findings about a SARIF file as SARIF; this returns those at warning level or above.
/// </summary>
internal static class SarifMultitool
{
    public const string InstallCommand = "npm install --prefix .tools/sarif @microsoft/sarif-multitool@5.7.0";

    public static string ExecutablePath { get; } = Path.Combine(
        RepositoryPaths.Root, ".tools", "sarif", "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");

    /// <summary>"SARIFnnnn: message" for each error and warning the GitHub and SARIF rule sets report.</summary>
    public static IReadOnlyList<string> ErrorsAndWarnings(string sarifFile)
    {
        Assert.True(
            File.Exists(ExecutablePath),
            $"The SARIF Multitool is not installed at {ExecutablePath}. Run `{InstallCommand}` in the repository root (.ci/run does).");
        var output = sarifFile + ".validation.sarif";
        var start = new ProcessStartInfo(ExecutablePath, ["validate", sarifFile, "--rule-kind", "Gh;Sarif", "--output", output, "--log", "ForceOverwrite"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0 && File.Exists(output), $"Sarif.Multitool validate failed ({process.ExitCode}): {stdout.Result}{stderr.Result}");

        using var log = JsonDocument.Parse(File.ReadAllText(output));
        var run = log.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").TryGetProperty("rules", out var list) ? list.EnumerateArray().ToList() : [];
        var problems = new List<string>();
        foreach (var result in run.TryGetProperty("results", out var results) ? results.EnumerateArray() : default)
        {
            if (Level(result, rules) is "error" or "warning")
            {
                problems.Add($"{result.GetProperty("ruleId").GetString()}: {Text(result.GetProperty("message"))}");
            }
        }

        // A problem the validator itself met (a file it could not read) would hide the real answer.
        foreach (var invocation in run.GetProperty("invocations").EnumerateArray())
        {
            Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean(), "Sarif.Multitool did not run successfully");
        }

        return problems;
    }

    /// <summary>A result's level, else its rule's default level, else warning (SARIF 2.1.0 §3.27.10).</summary>
    private static string Level(JsonElement result, List<JsonElement> rules)
    {
        if (result.TryGetProperty("level", out var level))
        {
            return level.GetString()!;
        }

        if (result.TryGetProperty("ruleIndex", out var index) && index.GetInt32() < rules.Count &&
            rules[index.GetInt32()].TryGetProperty("defaultConfiguration", out var configuration) &&
            configuration.TryGetProperty("level", out var defaultLevel))
        {
            return defaultLevel.GetString()!;
        }

        return "warning";
    }

    private static string Text(JsonElement message) =>
        message.TryGetProperty("text", out var text) ? text.GetString()!
        : message.GetProperty("id").GetString() + " " + string.Join(", ", message.TryGetProperty("arguments", out var args) ? args.EnumerateArray().Select(a => a.GetString()) : []);
}
