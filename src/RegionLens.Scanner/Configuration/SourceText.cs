namespace RegionLens.Scanner.Configuration;

/// <summary>Line helpers shared by the line-oriented readers (<c>.env</c>, Dockerfile, nginx, XML value columns).</summary>
internal static class SourceText
{
    /// <summary>Splits on <c>\n</c> and drops a trailing <c>\r</c>, so columns are the same for LF and CRLF files.</summary>
    public static IReadOnlyList<string> Lines(string text) =>
        text.Split('\n').Select(line => line.EndsWith('\r') ? line[..^1] : line).ToArray();

    public static int SkipSpaces(string line, int from)
    {
        while (from < line.Length && line[from] is ' ' or '\t')
        {
            from++;
        }

        return from;
    }
}
