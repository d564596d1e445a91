using System.Diagnostics;

namespace RegionLens.Scanner.Scanning;

/// <summary>Wall time per pipeline stage, to see where a scan's time goes (bench/RESULTS.md guides the speed work
/// with it). A stage timed more than once, such as one project's compilation, adds up under its name.</summary>
public sealed class StageClock
{
    private readonly List<StageTime> _stages = [];
    private readonly List<StageCount> _counts = [];
    private readonly Stopwatch _sinceLap = Stopwatch.StartNew();

    public IReadOnlyList<StageTime> Stages => _stages;

    /// <summary>How much work a stage did, such as how many documents were analysed rather than taken from the cache.</summary>
    public IReadOnlyList<StageCount> Counts => _counts;

    /// <summary>Sets a count; a stage that runs again (the cache falling back to a full load) replaces it.</summary>
    public void Count(string what, int value)
    {
        _counts.RemoveAll(c => c.What == what);
        _counts.Add(new StageCount(what, value));
    }

    /// <summary>Ends the stage that ran since the previous lap.</summary>
    public void Lap(string stage)
    {
        Add(stage, _sinceLap.Elapsed);
        _sinceLap.Restart();
    }

    /// <summary>Records part of a stage that is timed on its own; the next <see cref="Lap"/> still counts it too, so
    /// such parts are a breakdown of the lap they fall in.</summary>
    public void Add(string stage, TimeSpan elapsed)
    {
        var index = _stages.FindIndex(s => s.Stage == stage);
        if (index < 0)
        {
            _stages.Add(new StageTime(stage, elapsed));
        }
        else
        {
            _stages[index] = _stages[index] with { Elapsed = _stages[index].Elapsed + elapsed };
        }
    }
}

/// <summary>A count of work one stage did.</summary>
public sealed record StageCount(string What, int Value);

/// <summary>One stage's total wall time.</summary>
public sealed record StageTime(string Stage, TimeSpan Elapsed);
