using System.Runtime.InteropServices;
using System.Text.Json;
using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests;

/// <summary>
/// The CLI as a user gets it: packed as a dotnet tool into a folder, installed from that folder with
/// <c>dotnet tool install --tool-path</c>, then run on a restored copy of the sample. Everything is written under one
/// temporary folder: the pack's build output goes to its own artifacts path, so the repository is left as it was.
/// The package gets a version no other build has used and is installed through a NuGet cache and configuration of its
/// own, so the tool that runs is always the one just packed, never a stale copy from a cache or a feed.
/// </summary>
public sealed class InstalledToolTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "regionlens-tool-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void TheInstalledToolScansTheRestoredSample()
    {
        var version = "0.1.0-e2e" + Guid.NewGuid().ToString("N")[..12];
        var feed = Path.Combine(_temp, "feed");
        var toolPath = Path.Combine(_temp, "tool");
        Directory.CreateDirectory(_temp);
        // The tool's own project folder only: `dotnet test` builds the other test projects while this one runs, and
        // their builds write into the folders of the projects they share (Core, the analyzers), not into the tool's.
        var toolProject = Path.Combine(RepositoryPaths.Root, "src", "RegionLens.Cli");
        var sourceBefore = TreeSnapshot.Take(toolProject);

        var pack = ChildProcess.Run("dotnet",
            ["pack", Path.Combine(RepositoryPaths.Root, "src", "RegionLens.Cli", "RegionLens.Cli.csproj"), "-c", "Release", "--nologo",
             "-o", feed, "--artifacts-path", Path.Combine(_temp, "artifacts"), $"-p:Version={version}",
             // This machine's platform only: each platform's package takes minutes to compile (its runtime and the
             // tool in one composite ReadyToRun image), and it is that package, not the IL one, that this machine installs.
             $"-p:RegionLensToolRids={RuntimeInformation.RuntimeIdentifier}"], _temp);
        Assert.True(pack.ExitCode == 0, pack.Describe());
        Assert.True(File.Exists(Path.Combine(feed, $"RegionLens.{version}.nupkg")), pack.Describe());
        Assert.Equal(sourceBefore, TreeSnapshot.Take(toolProject));

        var config = Path.Combine(_temp, "nuget.config");
        File.WriteAllText(config, "<configuration><packageSources><clear /></packageSources></configuration>");
        var install = ChildProcess.Run("dotnet",
            ["tool", "install", "--tool-path", toolPath, "--configfile", config, "--add-source", feed, "RegionLens", "--version", version], _temp,
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_temp, "nuget-packages") });
        Assert.True(install.ExitCode == 0, install.Describe());

        // This platform's package was installed, not the IL fallback: its own runtime and the composite image.
        var installed = Directory.GetFiles(Path.Combine(toolPath, ".store"), "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToHashSet();
        Assert.Contains("regionlens.r2r.dll", installed);
        Assert.Contains(OperatingSystem.IsWindows() ? "coreclr.dll" : OperatingSystem.IsMacOS() ? "libcoreclr.dylib" : "libcoreclr.so", installed);

        var regionlens = Path.Combine(toolPath, "regionlens");
        var shown = ChildProcess.Run(regionlens, ["--version"], _temp);
        Assert.StartsWith(version, shown.Output, StringComparison.Ordinal);

        using var sample = SampleCopy.Of("OutageShaped", restore: true);
        var scan = ChildProcess.Run(regionlens, ["scan", sample.Root, "--format", "json"], _temp);

        Assert.True(scan.ExitCode == ExitCodes.FailingFindings, scan.Describe());
        using var report = JsonDocument.Parse(scan.Output);
        Assert.Equal(
            ["RL0001", "RL0002", "RL0003", "RL0004", "RL0004", "RL0005", "RL0006", "RL0008", "RL0010", "RL0100", "RL0100", "RL0100", "RL0100"],
            report.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()));
        Assert.Equal(13, report.RootElement.GetProperty("dependencies").GetArrayLength());
        Assert.Empty(report.RootElement.GetProperty("notifications").EnumerateArray());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_temp, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
