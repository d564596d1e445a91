namespace RegionLens.Scanner.Baseline;

/// <summary>One result of a baseline log, as much of it as matching and re-reporting it as absent need. Paths are
/// relative to the scan root, as the current findings' are; <see cref="Related"/> holds the other locations' paths.</summary>
public sealed record BaselineResult(
    string Key,
    string RuleId,
    string? Level,
    string Message,
    string? Path,
    int? StartLine,
    int? StartColumn,
    int? EndColumn,
    IReadOnlyList<string> Related,
    IReadOnlyList<KeyValuePair<string, string>> Fingerprints);
