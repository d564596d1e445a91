using RegionLens.Scanner.Scanning;

namespace RegionLens.Cli;

/// <summary>
/// A scan's progress on standard error, one line rewritten in place with a carriage return. A scan that ends within
/// <see cref="Delay"/> shows nothing, so quick scans stay quiet; after that the line is refreshed at most every
/// <see cref="Interval"/> by a timer rather than on each report, so a burst of reports costs no writes and a long stage
/// with no reports still shows its time growing. Disposing clears the line, before the report or an error is written.
/// </summary>
internal sealed class ProgressDisplay : IProgress<ScanProgress>, IDisposable
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    // The scan reports on its own thread, the timer refreshes on the thread pool.
    private readonly Lock _gate = new();
    private readonly TextWriter _error;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly ITimer _timer;
    private ScanProgress? _latest;
    private string _shown = "";
    private bool _finished;

    private ProgressDisplay(TextWriter error, TimeProvider time)
    {
        _error = error;
        _time = time;
        _started = time.GetTimestamp();
        _timer = time.CreateTimer(_ => Refresh(), null, Delay, Interval);
    }

    /// <summary>A display on a terminal's standard error; null when standard error is a file or pipe, where a rewritten
    /// line would only be clutter, or when the user asked for <c>--quiet</c>.</summary>
    public static ProgressDisplay? Start(ConsoleEnvironment console, bool quiet, TextWriter error, TimeProvider time) =>
        quiet || !console.ErrorIsTerminal ? null : new ProgressDisplay(error, time);

    public void Report(ScanProgress value)
    {
        lock (_gate)
        {
            // Files are counted from parallel threads, so a lower count of the same stage can arrive after a higher one.
            if (_latest is { } latest && latest.Stage == value.Stage && latest.Total == value.Total && latest.Done > value.Done)
            {
                return;
            }

            _latest = value;
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        lock (_gate)
        {
            _finished = true;
            if (_shown.Length > 0)
            {
                _error.Write($"\r{new string(' ', _shown.Length)}\r");
                _error.Flush();
            }
        }
    }

    private void Refresh()
    {
        lock (_gate)
        {
            if (_finished || _latest is null)
            {
                return;
            }

            var text = ProgressText.Of(_latest, _time.GetElapsedTime(_started));
            if (text == _shown)
            {
                return;
            }

            // Padded to the previous line's length, so that a shorter line leaves none of the longer one behind.
            _error.Write($"\r{text.PadRight(_shown.Length)}");
            _error.Flush();
            _shown = text;
        }
    }
}
