using System.Text.Json;
using RegionLens.Scanner.UserConfiguration;
using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests;

/// <summary>`regionlens init`: the file it writes is read back by the same reader a scan uses, changes no finding, and
/// is never written over by accident.</summary>
public sealed class InitCommandTests(ConfiguredSample sample) : IClassFixture<ConfiguredSample>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regionlens-cli-init-").FullName;

    [Fact]
    public async Task InitWritesAFileTheConfigReaderAcceptsWithEverySettingEmpty()
    {
        var run = await CliRun.InvokeAsync("init", _folder);

        var file = Path.Combine(_folder, "regionlens.json");
        Assert.Equal((ExitCodes.Clean, $"wrote {file}; every setting in it is empty or commented out until you fill it in\n", string.Empty),
            (run.ExitCode, run.Output, run.Error));
        var config = RegionLensConfigReader.Read(file);
        Assert.Equal((0, 0, 0, 0, 0, 0),
            (config.FailureDomains.Count, config.Components.Count, config.AllowedRegions.Count, config.RedundantResolvers.Count,
                config.Rules.Count, config.Exclude.Count));
    }

    [Fact]
    public async Task InitRefusesToReplaceAnExistingFileUnlessForced()
    {
        var file = Path.Combine(_folder, "regionlens.json");
        File.WriteAllText(file, "{ \"rules\": { \"RL0006\": \"none\" } }");

        var refused = await CliRun.InvokeAsync("init", _folder);
        var forced = await CliRun.InvokeAsync("init", _folder, "--force");

        Assert.Equal((ExitCodes.UsageOrInputError, $"regionlens: {file} already exists; edit it, or run `regionlens init --force` to replace it\n"),
            (refused.ExitCode, refused.Error));
        Assert.Equal(ExitCodes.Clean, forced.ExitCode);
        Assert.Contains("\"redundantResolvers\": [],", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitIntoAMissingFolderExitsTwo()
    {
        var missing = Path.Combine(_folder, "missing");

        var run = await CliRun.InvokeAsync("init", missing);

        Assert.Equal((ExitCodes.UsageOrInputError, $"regionlens: {missing} is not a folder; give the folder that should hold regionlens.json\n"),
            (run.ExitCode, run.Error));
    }

    [Fact]
    public async Task TheWrittenFileChangesNoFindingOfTheSample()
    {
        var config = Path.Combine(_folder, "regionlens.json");
        await CliRun.InvokeAsync("init", _folder);

        var without = await CliRun.InvokeAsync("scan", sample.Copy.Root, "--format", "json", "--fail-on", "none");
        var with = await CliRun.InvokeAsync("scan", sample.Copy.Root, "--format", "json", "--fail-on", "none", "--config", config);

        Assert.Equal(13, JsonDocument.Parse(without.Output).RootElement.GetProperty("findings").GetArrayLength());
        Assert.Equal(without.Output, with.Output);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
