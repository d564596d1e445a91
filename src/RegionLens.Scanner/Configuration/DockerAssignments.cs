namespace RegionLens.Scanner.Configuration;

/// <summary>The <c>ENV</c> and <c>ARG</c> forms of a Dockerfile. A value's position is where it starts, its opening
/// quote if it is quoted.</summary>
internal static class DockerAssignments
{
    /// <exception cref="ConfigParseException">A name has no value, or a <c>KEY=value</c> list has a bare word.</exception>
    public static IEnumerable<ConfigEntry> Env(string path, DockerInstruction instruction, IReadOnlyList<DockerWord> words)
    {
        if (words.Count < 2 || !words[1].Value.Contains('=', StringComparison.Ordinal))
        {
            return [Legacy(path, instruction, words)];
        }

        return words.Skip(1).Select(word => Pair(instruction, word)
            ?? throw new ConfigParseException(path, instruction.At(word.Start).Line, $"ENV expects KEY=value, found '{word.Value}'"));
    }

    /// <summary><c>ARG NAME=default</c>; an <c>ARG NAME</c> without a default has no value to report.</summary>
    public static IEnumerable<ConfigEntry> Args(DockerInstruction instruction, IReadOnlyList<DockerWord> words) =>
        words.Skip(1).Select(word => Pair(instruction, word)).OfType<ConfigEntry>();

    private static ConfigEntry? Pair(DockerInstruction instruction, DockerWord word)
    {
        var equals = word.Value.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return null;
        }

        // The written key rarely has quotes or escapes, so the value starts just after the written '='.
        var written = instruction.Text.IndexOf('=', word.Start);
        return new ConfigEntry(word.Value[..equals], word.Value[(equals + 1)..], instruction.At(written + 1));
    }

    // The legacy form takes the rest of the instruction, spaces included, as the value of the single key.
    private static ConfigEntry Legacy(string path, DockerInstruction instruction, IReadOnlyList<DockerWord> words)
    {
        if (words.Count < 3)
        {
            throw new ConfigParseException(path, instruction.At(words[0].Start).Line, "ENV needs a name and a value");
        }

        var start = words[2].Start;
        var value = instruction.Text[start..].TrimEnd();
        return new ConfigEntry(words[1].Value, Unquote(value), instruction.At(start));
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0] ? value[1..^1] : value;
}
