namespace RegionLens.Cli.Tests.Golden;

/// <summary>
/// The default loader reads projects as data; <c>--trust-build</c> loads them with MSBuild's design-time build. On
/// the restored samples both give the same bytes, so the golden files hold for either.
/// </summary>
[Collection(RestoredSamples.Collection)]
public sealed class LoaderEquivalenceTests(RestoredSamples samples)
{
    public static TheoryData<string, string> SamplesAndFormats
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var sample in RestoredSamples.SampleNames)
            {
                data.Add(sample, "json");
                data.Add(sample, "sarif");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(SamplesAndFormats))]
    public async Task TheDataLoaderAndTheTrustedBuildGiveTheSameReport(string sample, string format)
    {
        var data = await samples.RunOnceAsync(sample, "scan", "--format", format, "--fail-on", "none");
        var trusted = await samples.RunOnceAsync(sample, "scan", "--format", format, "--fail-on", "none", "--trust-build");

        Assert.Equal((ExitCodes.Clean, string.Empty), (trusted.ExitCode, trusted.Error));
        Assert.Equal(data, trusted);
    }

    [Fact]
    public async Task WhatIfTakesTrustBuildToo()
    {
        var data = await samples.RunOnceAsync("OutageShaped", "whatif", "--fail", "us-east-1", "--format", "json");
        var trusted = await samples.RunOnceAsync("OutageShaped", "whatif", "--fail", "us-east-1", "--format", "json", "--trust-build");

        Assert.Equal(string.Empty, trusted.Error);
        Assert.Equal(data, trusted);
    }
}
