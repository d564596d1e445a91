using System.Diagnostics;
using System.Globalization;
using SharpFuzz;

namespace RegionLens.Fuzz;

/// <summary>
/// <code>
/// RegionLens.Fuzz list                               the targets and what each calls
/// RegionLens.Fuzz afl &lt;target&gt;                       run under afl-fuzz (SharpFuzz's persistent fork server)
/// RegionLens.Fuzz libfuzzer &lt;target&gt;                 run under a libfuzzer-dotnet driver
/// RegionLens.Fuzz run &lt;target&gt; &lt;file&gt;...             replay inputs: OK, or the exception and the time taken
/// RegionLens.Fuzz smoke [target] [--mutations N] [--bound-ms N] [--root DIR]
///                                                    seeds + saved crashes + N deterministic mutations; exit 1 on a failure
/// </code>
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            return Usage();
        }

        switch (args[0])
        {
            case "list":
                foreach (var target in FuzzTargets.All)
                {
                    Console.WriteLine($"{target.Name,-20} {target.EntryPoint}");
                }

                return 0;
            case "afl" when args.Length == 2:
                Afl(args[1]);
                return 0;
            case "libfuzzer" when args.Length == 2:
                LibFuzzer(args[1]);
                return 0;
            case "run" when args.Length >= 3 && FuzzTargets.Find(args[1]) is { } target:
                return Replay(target, args[2..]);
            case "smoke":
                return SmokeRun(args[1..]);
            default:
                return Usage();
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: RegionLens.Fuzz list | afl <target> | libfuzzer <target> | run <target> <file>... | smoke [target] [--mutations N] [--bound-ms N] [--root DIR]");
        Console.Error.WriteLine("targets: " + string.Join(", ", FuzzTargets.All.Select(t => t.Name)));
        return 2;
    }

    /// <summary>
    /// afl-fuzz persistent mode: SharpFuzz runs the action once per input in this process and reports an escaping
    /// exception as a crash. The workspace lives as long as the process. No instrumented code may run before
    /// <see cref="Fuzzer.Run(Action{Stream})"/> has mapped afl's coverage memory (it would write through a null
    /// pointer), so even the target list, whose initialiser touches the scanner, is first read inside the action.
    /// The same holds for every mode: run the instrumented assemblies only under afl-fuzz, and replay with a normal build.
    /// </summary>
    private static void Afl(string name)
    {
        var workspace = new FuzzWorkspace();
        FuzzTarget? target = null;
        Fuzzer.Run(stream =>
        {
            target ??= FuzzTargets.Find(name) ?? throw new ArgumentException($"unknown target {name}");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target.Run(buffer.ToArray(), workspace);
        });
    }

    private static void LibFuzzer(string name)
    {
        var workspace = new FuzzWorkspace();
        FuzzTarget? target = null;
        Fuzzer.LibFuzzer.Run(span =>
        {
            target ??= FuzzTargets.Find(name) ?? throw new ArgumentException($"unknown target {name}");
            target.Run(span.ToArray(), workspace);
        });
    }

    private static int Replay(FuzzTarget target, string[] files)
    {
        using var workspace = new FuzzWorkspace();
        var failed = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var started = Stopwatch.GetTimestamp();
            try
            {
                target.Run(bytes, workspace);
                Console.WriteLine($"ok    {file} ({Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1} ms)");
            }
            catch (Exception e)
            {
                failed++;
                Console.WriteLine($"CRASH {file} ({Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1} ms)");
                Console.WriteLine(e);
            }
        }

        return failed == 0 ? 0 : 1;
    }

    private static int SmokeRun(string[] args)
    {
        var mutations = Smoke.DefaultMutations;
        var bound = Smoke.DefaultBound;
        var root = Smoke.FindRoot(Directory.GetCurrentDirectory()) ?? Smoke.FindRoot(AppContext.BaseDirectory);
        var names = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--mutations" when i + 1 < args.Length:
                    mutations = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--bound-ms" when i + 1 < args.Length:
                    bound = TimeSpan.FromMilliseconds(int.Parse(args[++i], CultureInfo.InvariantCulture));
                    break;
                case "--root" when i + 1 < args.Length:
                    root = args[++i];
                    break;
                default:
                    names.Add(args[i]);
                    break;
            }
        }

        if (root is null)
        {
            Console.Error.WriteLine("cannot find the repository (RegionLens.slnx); pass --root DIR");
            return 2;
        }

        var targets = names.Count == 0 ? FuzzTargets.All : names.Select(n => FuzzTargets.Find(n) ?? throw new ArgumentException($"unknown target {n}")).ToList();
        var failed = 0;
        foreach (var target in targets)
        {
            var result = Smoke.Run(target, root, mutations, bound);
            Console.WriteLine($"{(result.Passed ? "ok  " : "FAIL")} {target.Name,-20} {result.Inputs,6} inputs {result.Elapsed.TotalSeconds,6:F2} s, slowest {result.Slowest.Took.TotalMilliseconds:F0} ms ({result.Slowest.Input})");
            foreach (var failure in result.Failures)
            {
                failed++;
                Console.WriteLine($"  {failure.Kind} on {failure.Input}, saved to {failure.SavedTo}");
                Console.WriteLine("  " + failure.Detail.Replace("\n", "\n  ", StringComparison.Ordinal));
            }
        }

        return failed == 0 ? 0 : 1;
    }
}
