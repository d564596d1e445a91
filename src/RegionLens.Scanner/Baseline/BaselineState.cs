namespace RegionLens.Scanner.Baseline;

/// <summary>SARIF's <c>result.baselineState</c>: how a finding compares with the same finding in a previous report.</summary>
public enum BaselineState
{
    /// <summary>Not in the baseline: the only state that can fail the run.</summary>
    New,

    /// <summary>In the baseline with the same level, message and location (the line may have moved).</summary>
    Unchanged,

    /// <summary>In the baseline, but its level, message or location changed.</summary>
    Updated,

    /// <summary>In the baseline, no longer found.</summary>
    Absent,
}
