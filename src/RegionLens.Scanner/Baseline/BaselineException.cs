namespace RegionLens.Scanner.Baseline;

/// <summary>A baseline file that cannot be used: missing, unreadable, not JSON or not a SARIF 2.1.0 log. The message
/// names the file, and the line when the JSON reader gives one.</summary>
public sealed class BaselineException(string path, int? line, string reason)
    : Exception(line is { } at ? $"{path}:{at}: {reason}" : $"{path}: {reason}")
{
    public string FilePath { get; } = path;
}
