using System.Text.Json;
using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests;

public sealed class ConfiguredSample : IDisposable
{
    internal SampleCopy Copy { get; } = SampleCopy.Of("OutageShaped", restore: true);

    public void Dispose() => Copy.Dispose();
}

/// <summary>`regionlens scan --config`: a wrong file stops the run with exit 2 and one line; a right one changes
/// rule levels, whether it is named or found in the scanned folder.</summary>
public sealed class ConfigOptionTests(ConfiguredSample sample) : IClassFixture<ConfiguredSample>, IDisposable
{
    private const string ChokePointsOff = """
        {
          // The sample's choke points are known and accepted while the second region is built.
          "rules": { "RL0100": "none" },
        }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("regionlens-cli-config-").FullName;

    [Fact]
    public async Task ABadConfigFileExitsTwoWithOneLineNamingTheLineAndKey()
    {
        var config = Write("bad.json", "{\n  \"rule\": { \"RL0100\": \"none\" }\n}");

        var run = await CliRun.InvokeAsync("scan", _folder, "--config", config);

        Assert.Equal((ExitCodes.UsageOrInputError, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal("regionlens: bad.json:2: unknown key 'rule' (did you mean 'rules'?)\n", run.Error);
    }

    [Fact]
    public async Task AMissingConfigFileExitsTwo()
    {
        var config = Path.Combine(_folder, "missing.json");

        var run = await CliRun.InvokeAsync("scan", _folder, "--config", config);

        Assert.Equal((ExitCodes.UsageOrInputError, $"regionlens: config file not found: {config}; check the --config path, or run `regionlens init` to write a regionlens.json\n"), (run.ExitCode, run.Error));
    }

    [Fact]
    public async Task ABadRegionLensJsonFoundInTheScannedFolderExitsTwo()
    {
        Write("regionlens.json", "{ \"rules\": { \"RL0042\": \"none\" } }");

        var run = await CliRun.InvokeAsync("scan", _folder);

        Assert.Equal((ExitCodes.UsageOrInputError, "regionlens: regionlens.json:1: rules.RL0042: unknown rule\n"), (run.ExitCode, run.Error));
    }

    [Fact]
    public async Task ConfigTurningChokePointsOffMakesTheSampleClean()
    {
        var config = Write("regionlens.json", ChokePointsOff);

        var run = await CliRun.InvokeAsync("scan", sample.Copy.Root, "--config", config, "--format", "json");

        Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(["RL0001", "RL0002", "RL0003", "RL0004", "RL0004", "RL0005", "RL0006", "RL0008", "RL0010"], RuleIds(run.Output));
    }

    [Fact]
    public async Task RegionLensJsonInTheScannedFolderIsFoundWithoutConfig()
    {
        var config = sample.Copy.PathOf("regionlens.json");
        File.WriteAllText(config, ChokePointsOff);
        try
        {
            var run = await CliRun.InvokeAsync("scan", sample.Copy.Root, "--format", "json");

            Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Error));
            Assert.DoesNotContain("RL0100", RuleIds(run.Output));
        }
        finally
        {
            File.Delete(config);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static List<string?> RuleIds(string report)
    {
        using var document = JsonDocument.Parse(report);
        return [.. document.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString())];
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
