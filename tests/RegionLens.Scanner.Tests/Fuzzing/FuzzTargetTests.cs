using RegionLens.Fuzz;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.Fuzzing;

/// <summary>
/// The short smoke run of every fuzz target (the long AFL++ campaigns are bench/fuzz.sh, not CI), and every input a
/// fuzzer ever crashed or hung a reader with, replayed: each is kept in fuzz/regressions/&lt;target&gt;/ once fixed.
/// </summary>
public sealed class FuzzTargetTests
{
    // Small enough that all the targets together take seconds on two busy cores; the CLI's smoke runs 2000 each. The
    // slowest reader (.gitignore, whose non-backtracking regexes cost milliseconds to build) stops at the time budget.
    private const int Mutations = 300;

    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    // The hang bound, looser than the CLI's 2 s: the test runs beside the other test assemblies on a shared machine.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    public static TheoryData<string> Targets() => [.. FuzzTargets.All.Select(t => t.Name)];

    public static TheoryData<string, string> SavedCrashes()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.All)
        {
            foreach (var file in Smoke.Files(Smoke.RegressionFolder(RepositoryPaths.Root, target.Name)))
            {
                data.Add(target.Name, Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SavedCrashes))]
    public void A_saved_crash_input_no_longer_crashes_its_reader(string target, string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Smoke.RegressionFolder(RepositoryPaths.Root, target), file));
        var result = Smoke.Run(FuzzTargets.Find(target)!, [(file, bytes)], Bound);

        Assert.True(result.Passed, Describe(result));
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void The_smoke_run_of_a_target_finds_no_crash_and_no_slow_input(string target)
    {
        var result = Smoke.Run(FuzzTargets.Find(target)!, RepositoryPaths.Root, Mutations, Bound, budget: Budget);

        Assert.True(result.Passed, Describe(result));
        Assert.NotEmpty(Smoke.Files(Smoke.CorpusFolder(RepositoryPaths.Root, target)));
    }

    [Fact]
    public void Every_corpus_and_regression_folder_belongs_to_a_target()
    {
        var names = FuzzTargets.All.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var folders = new[] { "corpus", "regressions" }
            .Select(f => Path.Combine(RepositoryPaths.Root, "fuzz", f))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateDirectories)
            .Select(folder => Path.GetFileName(folder)!);

        Assert.All(folders, folder => Assert.Contains(folder, names));
    }

    [Fact]
    public void The_mutator_is_deterministic()
    {
        byte[][] seeds = ["{\"a\": [1, 2]}"u8.ToArray(), "key=value\n"u8.ToArray()];
        var first = new Mutator(seeds, 5);
        var second = new Mutator(seeds, 5);

        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(first.Next(), second.Next());
        }
    }

    [Fact]
    public void A_target_reports_an_unexpected_exception_and_accepts_the_readers_parse_errors()
    {
        var crashing = new FuzzTarget("t", "test", [typeof(FormatException)], input =>
        {
            switch (input.Bytes.Length)
            {
                case 1:
                    throw new FormatException();
                case 2:
                    throw new InvalidOperationException();
            }
        });

        var result = Smoke.Run(crashing, [("bad input", [1]), ("bug", [1, 2])], Smoke.DefaultBound);

        Assert.Equal(["bug"], result.Failures.Select(f => f.Input));
        Assert.Equal("crash", result.Failures[0].Kind);
    }

    [Fact]
    public void A_target_that_runs_past_the_bound_is_a_hang()
    {
        var looping = new FuzzTarget("t", "test", [], input =>
        {
            if (input.Bytes.Length > 0)
            {
                Thread.Sleep(TimeSpan.FromSeconds(5));
            }
        });

        var result = Smoke.Run(looping, [("fine", []), ("loops", [1])], TimeSpan.FromMilliseconds(200));

        Assert.Equal([("loops", "hang")], result.Failures.Select(f => (f.Input, f.Kind)));
    }

    private static string Describe(SmokeResult result) =>
        string.Join("\n", result.Failures.Select(f => $"{f.Target}: {f.Kind} on {f.Input} (saved to {f.SavedTo}):\n{f.Detail}"));
}
