using System.Globalization;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Cli;

/// <summary>With <c>REGIONLENS_TIMINGS=1</c>, <c>scan</c> writes the wall time of each pipeline stage to standard error.
/// An environment variable rather than an option: it is for measuring the tool (bench/), not part of its interface.</summary>
internal static class StageTimings
{
    public const string Variable = "REGIONLENS_TIMINGS";

    public static bool Requested => Environment.GetEnvironmentVariable(Variable) is "1" or "true";

    public static async Task WriteAsync(StageClock? clock, TextWriter error)
    {
        if (clock is null)
        {
            return;
        }

        foreach (var stage in clock.Stages)
        {
            var milliseconds = stage.Elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
            await error.WriteLineAsync($"regionlens: timing: {stage.Stage}: {milliseconds} ms").ConfigureAwait(false);
        }

        foreach (var count in clock.Counts)
        {
            await error.WriteLineAsync($"regionlens: count: {count.What}: {count.Value.ToString(CultureInfo.InvariantCulture)}").ConfigureAwait(false);
        }

        // The garbage collector's share, which grows with the heap (every compilation stays alive until the end).
        var paused = GC.GetTotalPauseDuration().TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
        await error.WriteLineAsync($"regionlens: gc: paused {paused} ms; collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}")
            .ConfigureAwait(false);
        // The just-in-time compiler's share: what ReadyToRun code does not cover (generic instantiations across
        // assemblies, lambdas in hot loops) is compiled at run time, on every run.
        var jitted = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
        await error.WriteLineAsync($"regionlens: jit: {jitted} ms compiling {System.Runtime.JitInfo.GetCompiledMethodCount().ToString(CultureInfo.InvariantCulture)} methods")
            .ConfigureAwait(false);
    }
}
