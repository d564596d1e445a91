using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests;

/// <summary>The scan cache seen from the command line: where it is written, <c>--no-cache</c>, and a cache entry that
/// cannot be trusted.</summary>
public sealed class ScanCacheTests : IDisposable
{
    private readonly SampleCopy _copy = SampleCopy.Of("OutageShaped", restore: true);
    private readonly string _cache = Path.Combine(Directory.CreateTempSubdirectory("regionlens-cli-cache-").FullName, "cache");

    private Dictionary<string, string> Variables => new() { ["REGIONLENS_CACHE_DIR"] = _cache };

    [Fact]
    public async Task AScanWritesItsCacheEntryToTheCacheFolderAndAWarmScanGivesTheSameReport()
    {
        var cold = await CliRun.InvokeWithVariablesAsync(Variables, "scan", _copy.Root, "--format", "sarif", "--fail-on", "none");
        Assert.NotEmpty(CacheFiles());
        var warm = await CliRun.InvokeWithVariablesAsync(Variables, "scan", _copy.Root, "--format", "sarif", "--fail-on", "none");
        var uncached = await CliRun.InvokeAsync("scan", _copy.Root, "--format", "sarif", "--fail-on", "none", "--no-cache");

        Assert.Equal(0, cold.ExitCode);
        Assert.Equal(uncached.Output, cold.Output);
        Assert.Equal(uncached.Output, warm.Output);
    }

    [Fact]
    public async Task TheExitCodeOfAWarmScanIsThatOfAColdOne()
    {
        var cold = await CliRun.InvokeWithVariablesAsync(Variables, "scan", _copy.Root, "--format", "json");
        var warm = await CliRun.InvokeWithVariablesAsync(Variables, "scan", _copy.Root, "--format", "json");

        Assert.Equal(ExitCodes.FailingFindings, cold.ExitCode);
        Assert.Equal(cold.ExitCode, warm.ExitCode);
        Assert.Equal(cold.Output, warm.Output);
    }

    [Theory]
    [InlineData("scan")]
    [InlineData("whatif")]
    public async Task NoCacheNeitherWritesNorCreatesTheCacheFolder(string command)
    {
        string[] args = command == "scan"
            ? ["scan", _copy.Root, "--format", "json", "--fail-on", "none", "--no-cache"]
            : ["whatif", _copy.Root, "--fail", "us-east-1", "--no-cache"];
        var run = await CliRun.InvokeWithVariablesAsync(Variables, args);

        Assert.True(run.ExitCode == ExitCodes.Clean, run.Error);
        Assert.False(Directory.Exists(_cache));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"Format\":1,\"Key\":\"x\"}")]
    [InlineData("")]
    [InlineData("{\"Format\":1")]
    public async Task ACorruptCacheEntryIsIgnored(string corrupt)
    {
        await CliRun.InvokeWithVariablesAsync(Variables, "scan", _copy.Root, "--format", "json", "--fail-on", "none");
        foreach (var entry in CacheFiles())
        {
            File.WriteAllText(entry, corrupt);
        }

        var run = await CliRun.InvokeWithVariablesAsync(Variables, "scan", _copy.Root, "--format", "json", "--fail-on", "none");
        var uncached = await CliRun.InvokeAsync("scan", _copy.Root, "--format", "json", "--fail-on", "none", "--no-cache");

        Assert.True(run.ExitCode == ExitCodes.Clean, run.Error);
        Assert.Equal(uncached.Output, run.Output);
        Assert.Equal(string.Empty, run.Error);
    }

    [Theory]
    [InlineData("cut in half")]
    [InlineData("one byte changed")]
    public async Task ADamagedCacheEntryIsIgnored(string damage)
    {
        await CliRun.InvokeWithVariablesAsync(Variables, "scan", _copy.Root, "--format", "json", "--fail-on", "none");
        foreach (var entry in CacheFiles())
        {
            var bytes = File.ReadAllBytes(entry);
            if (damage == "cut in half")
            {
                bytes = bytes[..(bytes.Length / 2)];
            }
            else
            {
                bytes[bytes.Length / 2] ^= 0x01;
            }

            File.WriteAllBytes(entry, bytes);
        }

        var run = await CliRun.InvokeWithVariablesAsync(Variables, "scan", _copy.Root, "--format", "json", "--fail-on", "none");
        var uncached = await CliRun.InvokeAsync("scan", _copy.Root, "--format", "json", "--fail-on", "none", "--no-cache");

        Assert.True(run.ExitCode == ExitCodes.Clean, run.Error);
        Assert.Equal(uncached.Output, run.Output);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public async Task AnEntryWithAWrongResultShapeForItsKeyIsRewrittenNotTrusted()
    {
        // A whole entry from another tree's scan, copied over this tree's entry: its key does not match, so it is a miss.
        using var other = SampleCopy.Of("MultiRegion", restore: false);
        await CliRun.InvokeWithVariablesAsync(Variables, "scan", _copy.Root, "--format", "json", "--fail-on", "none");
        var own = Assert.Single(CacheFiles());
        var otherCache = Path.Combine(Path.GetDirectoryName(_cache)!, "other");
        await CliRun.InvokeWithVariablesAsync(new Dictionary<string, string> { ["REGIONLENS_CACHE_DIR"] = otherCache }, "scan", other.Root, "--format", "json", "--fail-on", "none");
        var foreign = Directory.EnumerateFiles(otherCache, "*", SearchOption.AllDirectories).SingleOrDefault();
        if (foreign is not null)
        {
            File.Copy(foreign, own, overwrite: true);
        }

        var run = await CliRun.InvokeWithVariablesAsync(Variables, "scan", _copy.Root, "--format", "json", "--fail-on", "none");
        var uncached = await CliRun.InvokeAsync("scan", _copy.Root, "--format", "json", "--fail-on", "none", "--no-cache");

        Assert.Equal(uncached.Output, run.Output);
    }

    [Fact]
    public async Task ACacheFolderInsideTheScannedTreeIsNeverWritten()
    {
        var before = TreeSnapshot.Take(_copy.Root);
        var inside = new Dictionary<string, string> { ["REGIONLENS_CACHE_DIR"] = _copy.PathOf(".cache/regionlens") };

        var run = await CliRun.InvokeWithVariablesAsync(inside, "scan", _copy.Root, "--format", "json", "--fail-on", "none");

        Assert.True(run.ExitCode == ExitCodes.Clean, run.Error);
        Assert.Equal(before, TreeSnapshot.Take(_copy.Root));
    }

    [Fact]
    public void TheCacheFolderComesFromTheEnvironmentInOrder()
    {
        Assert.Equal("/c/rl", Scanner.Caching.CacheSettings.FromEnvironment(n => n switch { "REGIONLENS_CACHE_DIR" => "/c/rl", "XDG_CACHE_HOME" => "/x", _ => "/h" })!.Directory);
        Assert.Equal("/x/regionlens", Scanner.Caching.CacheSettings.FromEnvironment(n => n switch { "XDG_CACHE_HOME" => "/x", "HOME" => "/h", _ => null })!.Directory);
        Assert.Equal("/h/.cache/regionlens", Scanner.Caching.CacheSettings.FromEnvironment(n => n == "HOME" ? "/h" : null)!.Directory);
        Assert.Null(Scanner.Caching.CacheSettings.FromEnvironment(_ => null));
    }

    private IReadOnlyList<string> CacheFiles() =>
        Directory.Exists(_cache) ? [.. Directory.EnumerateFiles(_cache, "*", SearchOption.AllDirectories)] : [];

    public void Dispose()
    {
        _copy.Dispose();
        Directory.Delete(Path.GetDirectoryName(_cache)!, recursive: true);
    }
}
