using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests;

/// <summary>`regionlens whatif` reads regionlens.json as `scan` does, so a failure domain only the user knows
/// (<c>dc:eu-1</c>) can be taken away. Both hosts behind the name's Route 53 failover pair are in it, so the failover
/// does not help.</summary>
public sealed class WhatIfConfigTests : IDisposable
{
    private const string DataCentre = """{ "failureDomains": { "*.shop.example.com": "dc:eu-1" } }""";

    private const string Impact = """
        What if dc eu-1 fails?

          component           loses
          docker-compose.yml  api.shop.example.com
                              path: docker-compose.yml -> api.shop.example.com -> dc eu-1

        blast radius 1/3 components

        """;

    private readonly SampleCopy _copy = SampleCopy.OfFixture("solution");
    private readonly string _folder = Directory.CreateTempSubdirectory("regionlens-cli-whatif-").FullName;

    [Fact]
    public async Task ADeclaredDomainFoundInTheScannedFolderCanFail()
    {
        File.WriteAllText(_copy.PathOf("regionlens.json"), DataCentre);

        var run = await CliRun.InvokeAsync("whatif", _copy.Root, "--fail", "dc:eu-1");

        Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(Impact, run.Output);
    }

    [Fact]
    public async Task ADeclaredDomainFromConfigCanFail()
    {
        var config = Path.Combine(_folder, "domains.json");
        File.WriteAllText(config, DataCentre);

        var run = await CliRun.InvokeAsync("whatif", _copy.Root, "--fail", "dc:eu-1", "--config", config);

        Assert.Equal((ExitCodes.Clean, string.Empty, Impact), (run.ExitCode, run.Error, run.Output));
    }

    [Fact]
    public async Task WithoutTheFileTheDomainIsUnknown()
    {
        var run = await CliRun.InvokeAsync("whatif", _copy.Root, "--fail", "dc:eu-1");

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Equal(
            "regionlens: no failure domain 'dc:eu-1' in this scan; it has: region:aws/eu-west-1, region:aws/us-west-1, region:aws/us-west-2, "
            + "resolver:10.0.0.2, resolver:10.0.0.3, resolver:10.100.0.10, resolver:8.8.8.8\n",
            run.Error);
    }

    [Fact]
    public async Task ABadConfigStopsWhatIfWithExitTwo()
    {
        var config = Path.Combine(_folder, "bad.json");
        File.WriteAllText(config, """{ "failureDomains": { "*.shop.example.com": "eu-1" } }""");

        var run = await CliRun.InvokeAsync("whatif", _copy.Root, "--fail", "dc:eu-1", "--config", config);

        Assert.Equal((ExitCodes.UsageOrInputError, string.Empty), (run.ExitCode, run.Output));
        Assert.StartsWith("regionlens: bad.json:1: failureDomains[\"*.shop.example.com\"]: 'eu-1' is not a failure domain", run.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _copy.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
