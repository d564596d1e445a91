using Microsoft.Extensions.Time.Testing;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Cli.Tests;

/// <summary>The progress line on a terminal's standard error: after two seconds, rewritten in place at most ten times a
/// second, cleared at the end; never on a file or pipe, never with --quiet.</summary>
public sealed class ProgressDisplayTests
{
    private static readonly ConsoleEnvironment Terminal = new(true, true, _ => null);
    private readonly FakeTimeProvider _time = new();
    private readonly StringWriter _error = new();

    [Fact]
    public void AScanThatEndsWithinTwoSecondsWritesNothing()
    {
        using (var display = ProgressDisplay.Start(Terminal, quiet: false, _error, _time)!)
        {
            display.Report(new ScanProgress(ScanStage.LoadingProjects, 3, 20));
            _time.Advance(TimeSpan.FromMilliseconds(1999));
        }

        Assert.Equal(string.Empty, _error.ToString());
    }

    [Fact]
    public void TheLineAppearsAfterTwoSecondsIsRewrittenInPlaceAndIsClearedAtTheEnd()
    {
        using (var display = ProgressDisplay.Start(Terminal, quiet: false, _error, _time)!)
        {
            display.Report(new ScanProgress(ScanStage.LoadingProjects, 3, 20));
            _time.Advance(TimeSpan.FromSeconds(2));
            display.Report(new ScanProgress(ScanStage.AnalysingCode, 1600, 1600));
            _time.Advance(ProgressDisplay.Interval);
        }

        const string Loading = "regionlens: loading projects 3/20 (2 s)";
        const string Analysing = "regionlens: analysing C# files 1600/1600 (2 s)";
        Assert.Equal($"\r{Loading}\r{Analysing}\r{new string(' ', Analysing.Length)}\r", _error.ToString());
    }

    [Fact]
    public void ReportsBetweenRefreshesCostNoWritesAndAShorterLineCoversTheLongerOne()
    {
        using (var display = ProgressDisplay.Start(Terminal, quiet: false, _error, _time)!)
        {
            display.Report(new ScanProgress(ScanStage.ReadingConfigurationAndInfrastructure, 45, 45));
            _time.Advance(TimeSpan.FromSeconds(2));
            for (var done = 0; done < 100; done++)
            {
                display.Report(new ScanProgress(ScanStage.LoadingProjects, done, 100));
            }

            _time.Advance(ProgressDisplay.Interval);
        }

        const string Reading = "regionlens: reading 45 configuration and IaC files (2 s)";
        const string Loading = "regionlens: loading projects 99/100 (2 s)";
        Assert.Equal($"\r{Reading}\r{Loading.PadRight(Reading.Length)}\r{new string(' ', Loading.Length)}\r", _error.ToString());
    }

    [Fact]
    public void ALowerCountOfTheSameStageArrivingLateDoesNotMoveTheLineBack()
    {
        using (var display = ProgressDisplay.Start(Terminal, quiet: false, _error, _time)!)
        {
            display.Report(new ScanProgress(ScanStage.AnalysingCode, 6, 9));
            display.Report(new ScanProgress(ScanStage.AnalysingCode, 5, 9));
            _time.Advance(TimeSpan.FromSeconds(2));
            display.Report(new ScanProgress(ScanStage.ReadingConfigurationAndInfrastructure, 3, 3));
            _time.Advance(ProgressDisplay.Interval);
        }

        const string Analysing = "regionlens: analysing C# files 6/9 (2 s)";
        const string Reading = "regionlens: reading 3 configuration and IaC files (2 s)";
        Assert.Equal($"\r{Analysing}\r{Reading}\r{new string(' ', Reading.Length)}\r", _error.ToString());
    }

    [Fact]
    public void ALongStageWithNoReportsStillShowsItsTimeGrow()
    {
        using var display = ProgressDisplay.Start(Terminal, quiet: false, _error, _time)!;
        display.Report(new ScanProgress(ScanStage.AnalysingCode, 1600, 1600));

        _time.Advance(TimeSpan.FromSeconds(2));
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("\rregionlens: analysing C# files 1600/1600 (2 s)\rregionlens: analysing C# files 1600/1600 (3 s)", _error.ToString());
    }

    [Fact]
    public void RedirectedStandardErrorGetsNoDisplay()
    {
        var redirected = Terminal with { ErrorIsTerminal = false };

        Assert.Null(ProgressDisplay.Start(redirected, quiet: false, _error, _time));
    }

    [Fact]
    public void QuietGetsNoDisplay() => Assert.Null(ProgressDisplay.Start(Terminal, quiet: true, _error, _time));

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task ASlowScanWritesNothingToARedirectedStandardErrorOrWithQuiet(bool errorIsTerminal, bool quiet)
    {
        // The clock jumps ten seconds whenever it is asked the time: every scan is slow enough for a display.
        var slowClock = new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromSeconds(10) };
        using var output = new StringWriter();
        string[] args = ["scan", RegionLens.Tests.Shared.RepositoryPaths.Root + "/samples/OutageShaped", "--no-code", "--fail-on", "none"];

        var exitCode = await CommandLine.InvokeAsync(quiet ? [.. args, "--quiet"] : args, output, _error,
            new ConsoleEnvironment(true, errorIsTerminal, _ => null), slowClock);

        Assert.Equal((ExitCodes.Clean, string.Empty), (exitCode, _error.ToString()));
        Assert.NotEmpty(output.ToString());
    }
}
