using System.Globalization;
using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests.Golden;

/// <summary>The same tree gives the same bytes: run twice, and from a second copy in another temporary folder under
/// another culture. Reports hold paths relative to the scan root only, never where the tree lives.</summary>
[Collection(RestoredSamples.Collection)]
public sealed class DeterminismTests(RestoredSamples samples)
{
    public static TheoryData<string> Formats => new() { "console", "json", "dot", "mermaid" };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task TwoRunsOnOneTreeGiveTheSameBytes(string format)
    {
        var first = await samples.RunOnceAsync("OutageShaped", "scan", "--format", format, "--fail-on", "none");
        var second = await CliRun.InvokeAsync("scan", samples["OutageShaped"].Root, "--format", format, "--fail-on", "none");

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task TwoCopiesInDifferentFoldersGiveTheSameBytes(string format)
    {
        var first = await samples.RunOnceAsync("OutageShaped", "scan", "--format", format, "--fail-on", "none");
        var other = samples[RestoredSamples.OtherOutageShaped];
        CliRun second;
        // Turkish casing (dotted and dotless i) and a comma decimal separator catch culture-sensitive formatting.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
        try
        {
            second = await CliRun.InvokeAsync("scan", other.Root, "--format", format, "--fail-on", "none");
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        var expected = Stable(first.Output, samples["OutageShaped"], format);
        Assert.Equal(expected, Stable(second.Output, other, format));
        // Nothing of where the copies live (their regionlens-test-GUID folders) may reach a report.
        Assert.DoesNotContain(Path.GetFileName(Path.GetDirectoryName(samples["OutageShaped"].Root))!, expected, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetFileName(Path.GetDirectoryName(other.Root))!, expected, StringComparison.Ordinal);
    }

    private static string Stable(string output, SampleCopy copy, string format) =>
        format == "console" ? RestoredSamples.StableConsoleHeader(output, copy, "OutageShaped") : output;
}
