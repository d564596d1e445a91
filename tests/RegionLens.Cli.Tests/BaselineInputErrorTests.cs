using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests;

/// <summary>A baseline that cannot be used stops the run with exit code 2 and one line naming the file (and the line,
/// when the JSON reader gives one), before anything is scanned.</summary>
public sealed class BaselineInputErrorTests : IDisposable
{
    private readonly SampleCopy _copy = SampleCopy.OfFixture("dotenv");

    [Theory]
    [InlineData("{\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    { \"results\": [ }\n  ]\n}\n", ":4: not valid JSON: '}' is an invalid start of a value.; --baseline takes a report that `regionlens scan --format sarif -o FILE` wrote")]
    [InlineData("{ \"version\": \"2.0.0\", \"runs\": [] }", ": not a SARIF 2.1.0 log (it needs \"version\": \"2.1.0\" and a \"runs\" array); --baseline takes a report that `regionlens scan --format sarif -o FILE` wrote")]
    [InlineData("[ 1, 2 ]", ": not a SARIF 2.1.0 log (it needs \"version\": \"2.1.0\" and a \"runs\" array); --baseline takes a report that `regionlens scan --format sarif -o FILE` wrote")]
    [InlineData("", ":1: not valid JSON: The input does not contain any JSON tokens. Expected the input to start with a valid JSON token, when isFinalBlock is true.; --baseline takes a report that `regionlens scan --format sarif -o FILE` wrote")]
    public async Task AMalformedBaselineIsAnInputError(string text, string reason)
    {
        var file = Path.Combine(Path.GetDirectoryName(_copy.Root)!, "old.sarif");
        File.WriteAllText(file, text);

        var run = await CliRun.InvokeAsync("scan", _copy.Root, "--baseline", file);

        Assert.Equal((ExitCodes.UsageOrInputError, string.Empty, $"regionlens: {file}{reason}\n"), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public async Task AMissingBaselineIsAnInputError()
    {
        var file = Path.Combine(Path.GetDirectoryName(_copy.Root)!, "missing.sarif");

        var run = await CliRun.InvokeAsync("scan", _copy.Root, "--baseline", file);

        Assert.Equal((ExitCodes.UsageOrInputError, string.Empty, $"regionlens: {file}: baseline file not found; --baseline takes a report that `regionlens scan --format sarif -o FILE` wrote\n"), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public async Task AFolderGivenAsTheBaselineIsAnInputError()
    {
        var folder = Path.GetDirectoryName(_copy.Root)!;

        var run = await CliRun.InvokeAsync("scan", _copy.Root, "--baseline", folder);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.StartsWith($"regionlens: {folder}: cannot read the baseline: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherToolsSarifIsAValidBaselineThatMatchesNothing()
    {
        var file = Path.Combine(Path.GetDirectoryName(_copy.Root)!, "other.sarif");
        File.WriteAllText(file, """
            { "version": "2.1.0", "runs": [ { "tool": { "driver": { "name": "Other" } }, "results": [
              { "ruleId": "X1", "message": { "text": "Something." }, "partialFingerprints": { "other/v1": "abc" } } ] } ] }
            """);

        var run = await CliRun.InvokeAsync("scan", _copy.Root, "--format", "json", "--baseline", file, "--fail-on", "none");

        Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Error));
        Assert.Contains("\"absent\": 0", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"baselineState\": \"unchanged\"", run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _copy.Dispose();
}
