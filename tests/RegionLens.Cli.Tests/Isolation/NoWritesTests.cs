using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests.Isolation;

/// <summary>A scan leaves the scanned tree exactly as it found it, in every command and format: no file added, removed
/// or touched, ignored ones (<c>obj/</c>, <c>bin/</c>) included. The design-time build would write into <c>obj/</c>, so a
/// restored tree, whose <c>obj/</c> exists, is the one that can show it.</summary>
public sealed class NoWritesTests : IDisposable
{
    private readonly SampleCopy _copy = SampleCopy.Of("OutageShaped", restore: true);
    private readonly string _reports = Directory.CreateTempSubdirectory("regionlens-cli-reports-").FullName;

    [Fact]
    public async Task EveryCommandAndFormatLeavesTheTreeAsItWas()
    {
        // Ignored files the tree might carry, beside the restore's obj/ folders.
        File.WriteAllText(_copy.PathOf("src/Orders.Api/bin.log"), "left by a build\n");
        Directory.CreateDirectory(_copy.PathOf("src/Orders.Api/bin/Debug"));
        File.WriteAllText(_copy.PathOf("src/Orders.Api/bin/Debug/Orders.Api.deps.json"), "{}\n");
        var before = TreeSnapshot.Take(_copy.Root);

        string[][] commandLines =
        [
            ["scan", _copy.Root, "--fail-on", "none"],
            ["scan", _copy.Root, "--format", "json", "--fail-on", "none"],
            ["scan", _copy.Root, "--format", "sarif", "--fail-on", "none", "--output", Path.Combine(_reports, "report.sarif")],
            ["scan", _copy.Root, "--format", "dot", "--fail-on", "none"],
            ["scan", _copy.Root, "--format", "mermaid", "--fail-on", "none"],
            ["scan", _copy.PathOf("src/Orders.Api/Orders.Api.csproj"), "--fail-on", "none"],
            ["scan", _copy.Root, "--trust-build", "--format", "json", "--fail-on", "none"],
            ["whatif", _copy.Root, "--fail", "us-east-1"],
            ["whatif", _copy.Root, "--fail", "resolver:8.8.8.8", "--format", "json"],
        ];
        foreach (var args in commandLines)
        {
            var run = await CliRun.InvokeAsync(args);
            Assert.True(run.ExitCode == ExitCodes.Clean, $"{string.Join(' ', args)}: exit {run.ExitCode}: {run.Error}");
        }

        // With the scan cache on, cold then warm: the cache is written to its own folder, never into the tree.
        var cache = new Dictionary<string, string> { ["REGIONLENS_CACHE_DIR"] = Path.Combine(_reports, "cache") };
        foreach (var args in commandLines.Where(a => !a.Contains("--trust-build")).Concat(commandLines.Take(2)))
        {
            var run = await CliRun.InvokeWithVariablesAsync(cache, args);
            Assert.True(run.ExitCode == ExitCodes.Clean, $"{string.Join(' ', args)} (cached): exit {run.ExitCode}: {run.Error}");
        }

        Assert.Equal(before, TreeSnapshot.Take(_copy.Root));
        Assert.True(Directory.EnumerateFiles(Path.Combine(_reports, "cache"), "*", SearchOption.AllDirectories).Any());
        Assert.True(new FileInfo(Path.Combine(_reports, "report.sarif")).Length > 0);
    }

    public void Dispose()
    {
        _copy.Dispose();
        Directory.Delete(_reports, recursive: true);
    }
}
