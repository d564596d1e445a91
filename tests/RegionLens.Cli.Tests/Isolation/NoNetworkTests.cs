using System.Diagnostics;
using RegionLens.Cli.Tests.Golden;

namespace RegionLens.Cli.Tests.Isolation;

/// <summary>
/// A scan is static: it never resolves a name or opens a socket. The proof is a scan run in a network namespace
/// with no interface at all (<c>unshare -n</c>), where any lookup or connection would fail, giving exactly the bytes
/// of a scan run normally.
/// </summary>
[Collection(RestoredSamples.Collection)]
public sealed class NoNetworkTests(RestoredSamples samples)
{
    public static TheoryData<string, string> Scans => new()
    {
        { "OutageShaped", "json" },
        { "OutageShaped", "sarif" },
        { "MultiRegion", "json" },
    };

    [Theory]
    [MemberData(nameof(Scans))]
    public async Task AScanWithNoNetworkGivesTheSameBytes(string sample, string format)
    {
        var normal = await samples.RunOnceAsync(sample, "scan", "--format", format, "--fail-on", "none");

        var isolated = await RunWithoutNetworkAsync("scan", samples[sample].Root, "--format", format, "--fail-on", "none");

        Assert.Equal((0, string.Empty), (isolated.ExitCode, isolated.Error));
        Assert.Equal(normal.Output, isolated.Output);
    }

    [Fact]
    public async Task TheNamespaceReallyHasNoNetwork()
    {
        // The same wrapper around a program that does try the network: it must fail, or the test above proves nothing.
        var connect = await RunAsync("unshare", [.. UnshareArguments, "bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/9"]);

        Assert.Equal(1, connect.ExitCode);
        Assert.Contains("Network is unreachable", connect.Error, StringComparison.Ordinal);
    }

    // Root may create a network namespace directly; anyone else needs a user namespace to do it.
    private static string[] UnshareArguments => Environment.UserName == "root" ? ["--net"] : ["--net", "--map-root-user"];

    private static Task<CliRun> RunWithoutNetworkAsync(params string[] args) =>
        RunAsync("unshare", [.. UnshareArguments, "dotnet", Path.Combine(AppContext.BaseDirectory, "regionlens.dll"), .. args]);

    // The isolated scans keep their scan cache in a folder of this test run, never in the user's ~/.cache; the second
    // scan of a sample reuses what the first kept, so it shows that the cache, too, gives the same bytes offline.
    private static readonly string CacheFolder = Directory.CreateTempSubdirectory("regionlens-test-cache-").FullName;

    private static async Task<CliRun> RunAsync(string program, string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["REGIONLENS_CACHE_DIR"] = CacheFolder;
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"`{program}` could not be started ({e.Message}); this test needs util-linux's unshare", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return new CliRun(process.ExitCode, await output, await error);
        }
    }
}
