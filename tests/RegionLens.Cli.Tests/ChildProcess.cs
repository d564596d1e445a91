using System.Diagnostics;

namespace RegionLens.Cli.Tests;

/// <summary>A program run to its end with both streams captured, for tests that drive the dotnet CLI or an installed
/// tool the way a user's shell would.</summary>
internal sealed record ChildProcess(int ExitCode, string Output, string Error)
{
    // Generous: the machines these run on are shared, and a pack under load has taken minutes (a platform's package
    // compiles the tool with its runtime into one ReadyToRun image: about 4 minutes on 2 cores with nothing else running).
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(20);

    // A tool run by a test keeps its scan cache in a folder of this test run, never in the user's ~/.cache.
    private static readonly string CacheFolder = Directory.CreateTempSubdirectory("regionlens-test-cache-").FullName;

    public static ChildProcess Run(string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["REGIONLENS_CACHE_DIR"] = CacheFolder;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not end within {Limit}");
        }

        return new ChildProcess(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The command line and both streams, for an assertion's message.</summary>
    public string Describe() => $"exit {ExitCode}\n{Output}\n{Error}";
}
