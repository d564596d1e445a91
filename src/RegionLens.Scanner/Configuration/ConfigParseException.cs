namespace RegionLens.Scanner.Configuration;

/// <summary>A configuration file that does not parse, with the 1-based line where parsing stopped.</summary>
public sealed class ConfigParseException(string path, int line, string reason)
    : Exception($"could not parse {Path.GetFileName(path)}: {reason}")
{
    public string FilePath { get; } = path;
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}
