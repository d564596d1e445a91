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
        Assert.Equal("regionlens: path not found: /no/such/folder; PATH is a .sln, .slnx or .csproj file or a folder, relative to the current folder (default: the current folder)\n", run.Error);
    }

    [Fact]
    public async Task AFileThatIsNotASolutionOrProjectExitsTwo()
    {
        var readme = Path.Combine(RepositoryPaths.Root, "README.md");

        var run = await CliRun.InvokeAsync("scan", readme);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.Equal($"regionlens: not a solution (.sln, .slnx), C# project (.csproj) or folder: {readme}; give the solution or project, or the folder that holds them ({RepositoryPaths.Root})\n", run.Error);
    }

    [Theory]
    [InlineData("scan", "--format", "xml")]
    [InlineData("scan", "--fail-on", "sometimes")]
    [InlineData("bogus")]
    public async Task AnUnknownOptionValueOrCommandExitsTwoAndPointsToTheHelp(params string[] args)
    {
        var run = await CliRun.InvokeAsync(args);

        var help = args.Length == 1 ? "`regionlens --help` lists the commands, with examples" : "`regionlens scan --help` lists its options, with examples";
        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.StartsWith("regionlens: ", run.Error, StringComparison.Ordinal);
        Assert.EndsWith($"\nregionlens: {help}\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOutputFileThatCannotBeWrittenSaysWhatToGiveInstead()
    {
        var file = Path.Combine(Path.GetTempPath(), $"no-such-folder-{Guid.NewGuid():N}", "report.txt");

        var run = await CliRun.InvokeAsync("scan", RepositoryPaths.Sample("OutageShaped"), "--no-code", "--output", file);

        Assert.Equal(ExitCodes.UsageOrInputError, run.ExitCode);
        Assert.EndsWith(
            "; give --output a path in a folder that exists and is writable, or leave it out to write to standard output\n", run.Error, StringComparison.Ordinal);
    }
}
