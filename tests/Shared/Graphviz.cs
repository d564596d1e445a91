using System.Diagnostics;

namespace RegionLens.Tests.Shared;

/// <summary>Graphviz's <c>dot</c>, when it is installed: the only real proof that DOT text is valid is that dot
/// accepts it. Machines without Graphviz skip those tests rather than fail them.</summary>
internal static class Graphviz
{
    public const string SkipReason = "Graphviz 'dot' is not on PATH; install graphviz to check that the DOT output renders";

    /// <summary>The full path of <c>dot</c> on PATH, or null.</summary>
    public static string? Dot { get; } = Find();

    /// <summary>Renders <paramref name="dotText"/> to SVG; the exit code, standard error and the SVG text.</summary>
    public static async Task<(int ExitCode, string Error, string Svg)> RenderAsync(string dotText)
    {
        var start = new ProcessStartInfo(Dot ?? throw new InvalidOperationException(SkipReason), "-Tsvg")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(dotText);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return (process.ExitCode, await error, await output);
    }

    private static string? Find()
    {
        var name = OperatingSystem.IsWindows() ? "dot.exe" : "dot";
        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>A fact that runs only where Graphviz is installed (xunit 2 has no skipping from inside a test).</summary>
internal sealed class GraphvizFactAttribute : FactAttribute
{
    public GraphvizFactAttribute()
    {
        if (Graphviz.Dot is null)
        {
            Skip = Graphviz.SkipReason;
        }
    }
}
