using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests;

/// <summary>What cannot be scanned exits 2 with one clear line on standard error.</summary>
public sealed class UsageErrorTests
{
    [Fact]
    public async Task AMissingPathExitsTwoWithOneLine()
    {
        var run = await CliRun.InvokeAsync("scan", "/no/such/folder");

        Assert.Equal((ExitCodes.UsageOrInputError, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal("regionlens: path not found: /no/such/folder\n", run.Error);
    }

    [Fact]
    public async Task AFileThatIsNotASolutionOrProjectExitsTwo()
    {
        var readme = Path.Combine(RepositoryPaths.Root, "README.md");

        var run = await CliRun.InvokeAsync("scan", readme);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Equal($"regionlens: not a solution (.sln, .slnx), C# project (.csproj) or folder: {readme}\n", run.Error);
    }

    [Theory]
    [InlineData("scan", "--format", "xml")]
    [InlineData("scan", "--fail-on", "sometimes")]
    [InlineData("bogus")]
    public async Task AnUnknownOptionValueOrCommandExitsTwo(params string[] args)
    {
        var run = await CliRun.InvokeAsync(args);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.StartsWith("regionlens: ", run.Error, StringComparison.Ordinal);
    }
}
