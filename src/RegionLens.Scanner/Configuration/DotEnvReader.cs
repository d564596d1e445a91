using System.Text;
using RegionLens.Core.Model;

namespace RegionLens.Scanner.Configuration;

/// <summary>
/// Reads <c>.env</c> and <c>.env.*</c> files: <c>KEY=value</c> and <c>export KEY=value</c>, single-quoted (literal),
/// double-quoted (backslash escapes, may span lines) and unquoted values, full-line and trailing <c>#</c> comments.
/// Entries are keyed by the variable name as written; mapping <c>A__B</c> to <c>A:B</c> is the caller's business.
/// A quoted value's position is its opening quote, as <see cref="AppSettingsReader"/> reports JSON strings.
/// </summary>
public static class DotEnvReader
{
    /// <exception cref="ConfigParseException">A line is not an assignment or a quote is not closed.</exception>
    public static ConfigFile Read(string path)
    {
        var lines = SourceText.Lines(File.ReadAllText(path));
        var entries = new List<ConfigEntry>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var at = SourceText.SkipSpaces(line, 0);
            if (at == line.Length || line[at] == '#')
            {
                continue;
            }

            if (line.AsSpan(at).StartsWith("export ", StringComparison.Ordinal))
            {
                at = SourceText.SkipSpaces(line, at + "export ".Length);
            }

            var equals = line.IndexOf('=', at);
            var key = equals < 0 ? "" : line[at..equals].TrimEnd();
            if (key.Length == 0 || key.Any(char.IsWhiteSpace))
            {
                throw new ConfigParseException(path, i + 1, "expected KEY=value");
            }

            var start = SourceText.SkipSpaces(line, equals + 1);
            var location = new SourceLocation(path, i + 1, start + 1);
            var value = start < line.Length && line[start] is '"' or '\''
                ? Quoted(path, lines, ref i, start)
                : Unquoted(line[start..]);
            entries.Add(new ConfigEntry(key, value, location));
        }

        return new ConfigFile(path, EnvironmentOf(path), entries);
    }

    /// <summary><c>.env.production</c> → <c>production</c>; <c>.env</c> → null.</summary>
    public static string? EnvironmentOf(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase) ? name[".env.".Length..] : null;
    }

    // A '#' starts a comment only after whitespace, so `KEY=a#b` keeps its '#', as the common dotenv loaders do.
    private static string Unquoted(string rest)
    {
        for (var i = 1; i < rest.Length; i++)
        {
            if (rest[i] == '#' && char.IsWhiteSpace(rest[i - 1]))
            {
                return rest[..i].TrimEnd();
            }
        }

        return rest.Length > 0 && rest[0] == '#' ? "" : rest.TrimEnd();
    }

    private static string Quoted(string path, IReadOnlyList<string> lines, ref int lineIndex, int start)
    {
        var openLine = lineIndex;
        var quote = lines[lineIndex][start];
        var value = new StringBuilder();
        var column = start + 1;
        while (true)
        {
            var line = lines[lineIndex];
            for (; column < line.Length; column++)
            {
                var c = line[column];
                if (c == quote)
                {
                    RequireNothingAfter(path, line, column + 1, lineIndex);
                    return value.ToString();
                }

                if (c == '\\' && quote == '"' && column + 1 < line.Length)
                {
                    value.Append(Unescape(line[++column]));
                    continue;
                }

                value.Append(c);
            }

            // Double- and single-quoted values may continue on the next line; an unclosed quote is reported where it opens.
            if (++lineIndex == lines.Count)
            {
                throw new ConfigParseException(path, openLine + 1, $"unterminated {quote} quote");
            }

            value.Append('\n');
            column = 0;
        }
    }

    private static void RequireNothingAfter(string path, string line, int from, int lineIndex)
    {
        var rest = SourceText.SkipSpaces(line, from);
        if (rest < line.Length && line[rest] != '#')
        {
            throw new ConfigParseException(path, lineIndex + 1, "unexpected text after the closing quote");
        }
    }

    private static char Unescape(char c) => c switch
    {
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        _ => c,
    };
}
