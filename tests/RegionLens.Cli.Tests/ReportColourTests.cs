using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests;

/// <summary>Level words are coloured in the console report on a terminal, unless NO_COLOR is set or TERM is dumb; a
/// report written to a file or pipe never has an escape code.</summary>
public sealed class ReportColourTests
{
    private static readonly string Sample = Path.Combine(RepositoryPaths.Root, "samples", "OutageShaped");

    [Fact]
    public async Task OnATerminalErrorsAreRedWarningsYellowAndNotesCyan()
    {
        var coloured = await ScanAsync(new ConsoleEnvironment(true, false, _ => null));
        var plain = await ScanAsync(ConsoleEnvironment.Redirected);

        Assert.Contains("\n  \u001b[31merror\u001b[0m   RL", coloured, StringComparison.Ordinal);
        Assert.Contains("\n  \u001b[33mwarning\u001b[0m RL", coloured, StringComparison.Ordinal);
        Assert.Contains("\n  \u001b[36mnote\u001b[0m    RL", coloured, StringComparison.Ordinal);
        Assert.Equal(plain, coloured.Replace("\u001b[31m", "").Replace("\u001b[33m", "").Replace("\u001b[36m", "").Replace("\u001b[0m", ""));
    }

    [Theory]
    [InlineData(false, null, null)]
    [InlineData(true, "1", null)]
    [InlineData(true, "no", "xterm")]
    [InlineData(true, null, "dumb")]
    public async Task ARedirectedOutputNoColorOrADumbTerminalGetsNoEscapeCodes(bool outputIsTerminal, string? noColor, string? term)
    {
        var variables = new Dictionary<string, string?> { ["NO_COLOR"] = noColor, ["TERM"] = term };

        var report = await ScanAsync(new ConsoleEnvironment(outputIsTerminal, false, name => variables.GetValueOrDefault(name)));

        Assert.DoesNotContain('\u001b', report);
    }

    [Fact]
    public void AnEmptyNoColorDoesNotTurnColourOff() =>
        Assert.True(ReportColours.Wanted(new ConsoleEnvironment(true, false, name => name == "NO_COLOR" ? "" : null)));

    private static async Task<string> ScanAsync(ConsoleEnvironment console)
    {
        using var output = new StringWriter();
        await CommandLine.InvokeAsync(["scan", Sample, "--fail-on", "none"], output, TextWriter.Null, console, TimeProvider.System);
        return output.ToString();
    }
}
