namespace RegionLens.Cli.Tests.Golden;

/// <summary>
/// Golden files of every report of each bundled sample: <c>scan --format F</c> and <c>whatif --fail us-east-1
/// --format json</c>, compared byte for byte with <c>Snapshots/SAMPLE.scan.EXT</c> and
/// <c>Snapshots/SAMPLE.whatif-us-east-1.json</c>. See <see cref="GoldenFile"/> for how to update them.
/// </summary>
[Collection(RestoredSamples.Collection)]
public sealed class SampleSnapshotTests(RestoredSamples samples)
{
    /// <summary>The scan formats and their snapshot extensions; a new format is one more row.</summary>
    private static readonly (string Format, string Extension)[] Formats =
    [
        ("console", "txt"),
        ("json", "json"),
        ("dot", "dot"),
        ("mermaid", "mmd"),
        ("sarif", "sarif"),
    ];

    public static TheoryData<string, string, string> Scans
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var sample in RestoredSamples.SampleNames)
            {
                foreach (var (format, extension) in Formats)
                {
                    data.Add(sample, format, extension);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Scans))]
    public async Task ScanReportMatchesItsSnapshot(string sample, string format, string extension)
    {
        var run = await samples.RunOnceAsync(sample, "scan", "--format", format, "--fail-on", "none");

        Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Error));
        var output = format == "console" ? RestoredSamples.StableConsoleHeader(run.Output, samples[sample], sample) : run.Output;
        GoldenFile.Verify($"{sample}.scan", extension, output);
    }

    [Theory]
    [MemberData(nameof(RestoredSamples.Names), MemberType = typeof(RestoredSamples))]
    public async Task WhatIfUsEast1FailsMatchesItsSnapshot(string sample)
    {
        var run = await samples.RunOnceAsync(sample, "whatif", "--fail", "us-east-1", "--format", "json");

        Assert.Equal(string.Empty, run.Error);
        GoldenFile.Verify($"{sample}.whatif-us-east-1", "json", run.Output);
    }
}
