using RegionLens.Scanner.Baseline;

namespace RegionLens.Scanner.Reporting;

/// <summary>What a report adds to a scan on request. The default adds nothing, so the same scan gives the same bytes.</summary>
public sealed record ReportOptions
{
    public static ReportOptions None { get; } = new();

    /// <summary>When set, every finding carries its baseline state and the baseline's absent results are reported.</summary>
    public BaselineComparison? Baseline { get; init; }

    /// <summary>SARIF for GitHub code scanning, which turns every result it is given into an open alert and reads
    /// every path from the repository's top folder.</summary>
    public bool GitHub { get; init; }

    /// <summary>When the scan started and ended; left out unless asked for, as it changes every run.</summary>
    public ScanTimes? Times { get; init; }
}

/// <summary>When a scan started and ended, in UTC.</summary>
public sealed record ScanTimes(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>ISO 8601 in UTC to the millisecond, as SARIF's date-time properties are written.</summary>
    public static string Format(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
