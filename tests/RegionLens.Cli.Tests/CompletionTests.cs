namespace RegionLens.Cli.Tests;

/// <summary>Shell completion: dotnet-suggest asks the tool itself with System.CommandLine's <c>[suggest:N]</c> directive
/// (N is the cursor's position in the command line that follows), so these run the command line as it would.</summary>
public sealed class CompletionTests
{
    [Fact]
    public async Task AfterTheToolsNameItSuggestsTheCommands()
    {
        var suggestions = await SuggestAsync("regionlens ");

        Assert.Equal(["init", "rules", "scan", "whatif"], suggestions.Where(s => !s.StartsWith('-') && !s.StartsWith('/')));
    }

    [Theory]
    [InlineData("regionlens scan --format ", new[] { "console", "dot", "json", "mermaid", "sarif" })]
    [InlineData("regionlens scan . -f ", new[] { "console", "dot", "json", "mermaid", "sarif" })]
    [InlineData("regionlens scan --fail-on ", new[] { "error", "none", "note", "warning" })]
    [InlineData("regionlens whatif --format ", new[] { "console", "json" })]
    public async Task AfterAnOptionWithFixedValuesItSuggestsThoseValues(string commandLine, string[] values) =>
        Assert.Equal(values, await SuggestAsync(commandLine));

    [Fact]
    public async Task APartlyTypedOptionIsCompleted() =>
        Assert.Contains("--no-code", await SuggestAsync("regionlens scan --no"));

    private static async Task<string[]> SuggestAsync(string commandLine)
    {
        var run = await CliRun.InvokeAsync($"[suggest:{commandLine.Length}]", commandLine);

        Assert.Equal((ExitCodes.Clean, string.Empty), (run.ExitCode, run.Error));
        return run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
