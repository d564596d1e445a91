namespace RegionLens.Scanner.UserConfiguration;

/// <summary>
/// <c>regionlens.json</c> cannot be used: it does not parse, or a key or value is wrong. The message names the file,
/// the 1-based line and the key path (<c>regionlens.json:7: rules.RL0042: unknown rule</c>) so that the user can fix it
/// without guessing; the scan does not start, exit code 2. <see cref="Line"/> is 0 when the file cannot be read at all.
/// </summary>
public sealed class RegionLensConfigException(string path, int line, string message)
    : Exception(line > 0 ? $"{System.IO.Path.GetFileName(path)}:{line}: {message}" : message)
{
    public string FilePath { get; } = path;
    public int Line { get; } = line;

    /// <summary>The message without the file and line.</summary>
    public string Reason { get; } = message;
}
