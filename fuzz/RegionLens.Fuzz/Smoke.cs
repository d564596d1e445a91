using System.Diagnostics;
using System.Security.Cryptography;

namespace RegionLens.Fuzz;

/// <summary>An input a target crashed on, or took longer than the bound with.</summary>
/// <param name="Kind"><c>crash</c>, <c>slow</c> (finished, but past the bound) or <c>hang</c> (still running at twice
/// the bound; the run stops there).</param>
/// <param name="SavedTo">Where the input was written, so that it can be replayed and kept as a regression.</param>
public sealed record SmokeFailure(string Target, string Input, string Kind, string Detail, string SavedTo);

/// <param name="Slowest">The longest one input took, and which, to see how close a target runs to the bound.</param>
public sealed record SmokeResult(string Target, int Inputs, TimeSpan Elapsed, IReadOnlyList<SmokeFailure> Failures, (string Input, TimeSpan Took) Slowest)
{
    public bool Passed => Failures.Count == 0;
}

/// <summary>
/// The short run of one target that the test suite does: every seed of <c>fuzz/corpus/&lt;target&gt;</c>, every saved
/// crash of <c>fuzz/regressions/&lt;target&gt;</c>, then <c>mutations</c> inputs from <see cref="Mutator"/> with a fixed
/// seed. An input fails on an unexpected exception or when one run takes longer than <c>bound</c>.
/// </summary>
public static class Smoke
{
    public const int DefaultMutations = 2000;

    public static readonly TimeSpan DefaultBound = TimeSpan.FromSeconds(2);

    private const int MaxFailures = 10;

    public static string CorpusFolder(string root, string target) => Path.Combine(root, "fuzz", "corpus", target);

    public static string RegressionFolder(string root, string target) => Path.Combine(root, "fuzz", "regressions", target);

    /// <summary>The files of a corpus or regression folder, by name; none when it does not exist.</summary>
    public static IReadOnlyList<string> Files(string folder) =>
        Directory.Exists(folder) ? [.. Directory.EnumerateFiles(folder).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal)] : [];

    /// <param name="budget">When given, no new mutation starts after this much time: the seeds and saved crashes
    /// always run, then as many of the (same, deterministic) mutations as fit, up to <paramref name="mutations"/>.</param>
    public static SmokeResult Run(FuzzTarget target, string root, int mutations = DefaultMutations, TimeSpan? bound = null, int seed = 9, TimeSpan? budget = null)
    {
        var limit = bound ?? DefaultBound;
        var clock = Stopwatch.StartNew();
        var seeds = Files(CorpusFolder(root, target.Name)).Select(f => (Name: "corpus/" + Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList();
        var regressions = Files(RegressionFolder(root, target.Name)).Select(f => (Name: "regressions/" + Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList();
        var mutator = new Mutator([.. seeds.Select(s => s.Bytes)], seed);
        var inputs = seeds.Concat(regressions)
            .Concat(Enumerable.Range(0, mutations)
                .TakeWhile(_ => budget is not { } most || clock.Elapsed < most)
                .Select(i => (Name: $"mutation #{i} (seed {seed})", Bytes: mutator.Next())));
        return Run(target, inputs, limit);
    }

    /// <summary>
    /// Runs the inputs one after another on a worker thread that a watchdog watches: an input still running at twice
    /// the bound is a hang, and the run ends there (the worker is a background thread, left to the process's end).
    /// </summary>
    public static SmokeResult Run(FuzzTarget target, IEnumerable<(string Name, byte[] Bytes)> inputs, TimeSpan bound)
    {
        var failures = new List<SmokeFailure>();
        var clock = Stopwatch.StartNew();
        var count = 0;
        var current = (Name: string.Empty, Bytes: Array.Empty<byte>());
        long startedAt = 0;
        var running = false;
        var slowest = (Input: string.Empty, Took: TimeSpan.Zero);
        var gate = new object();
        var worker = new Thread(() =>
        {
            using var workspace = new FuzzWorkspace();
            // Warm-up: the first call JIT-compiles the reader and loads catalogues, which is not the input's cost.
            RunOne(target, workspace, "warm-up", [], failures, gate);
            foreach (var input in inputs)
            {
                lock (gate)
                {
                    if (failures.Count >= MaxFailures)
                    {
                        return;
                    }

                    current = input;
                    startedAt = clock.ElapsedTicks;
                    running = true;
                    count++;
                }

                var started = Stopwatch.GetTimestamp();
                RunOne(target, workspace, input.Name, input.Bytes, failures, gate);
                var took = Stopwatch.GetElapsedTime(started);
                lock (gate)
                {
                    running = false;
                    if (took > slowest.Took)
                    {
                        slowest = (input.Name, took);
                    }

                    if (took > bound)
                    {
                        failures.Add(Failure(target, input.Name, input.Bytes, "slow", $"took {took.TotalMilliseconds:F0} ms (bound {bound.TotalMilliseconds:F0} ms)"));
                    }
                }
            }
        })
        {
            IsBackground = true,
            Name = "fuzz smoke " + target.Name,
        };
        worker.Start();
        while (!worker.Join(TimeSpan.FromMilliseconds(50)))
        {
            lock (gate)
            {
                if (running && TimeSpan.FromTicks((clock.ElapsedTicks - startedAt) * TimeSpan.TicksPerSecond / Stopwatch.Frequency) > 2 * bound)
                {
                    failures.Add(Failure(target, current.Name, current.Bytes, "hang", $"still running after {2 * bound.TotalMilliseconds:F0} ms"));
                    return new SmokeResult(target.Name, count, clock.Elapsed, [.. failures], slowest);
                }
            }
        }

        return new SmokeResult(target.Name, count, clock.Elapsed, [.. failures], slowest);
    }

    private static void RunOne(FuzzTarget target, FuzzWorkspace workspace, string name, byte[] bytes, List<SmokeFailure> failures, object gate)
    {
        try
        {
            target.Run(bytes, workspace);
        }
        catch (Exception e)
        {
            lock (gate)
            {
                failures.Add(Failure(target, name, bytes, "crash", e.ToString()));
            }
        }
    }

    /// <summary>Keeps a failing input under the temporary folder, named by its hash, so it can be replayed with
    /// <c>run</c> and copied into <c>fuzz/regressions/&lt;target&gt;/</c>.</summary>
    private static SmokeFailure Failure(FuzzTarget target, string name, byte[] bytes, string kind, string detail)
    {
        var folder = Path.Combine(Path.GetTempPath(), "regionlens-fuzz-findings", target.Name);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{kind}-{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}");
        File.WriteAllBytes(path, bytes);
        return new SmokeFailure(target.Name, name, kind, detail, path);
    }

    /// <summary>The repository's root: the nearest folder above <paramref name="start"/> with <c>RegionLens.slnx</c>.</summary>
    public static string? FindRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RegionLens.slnx")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
