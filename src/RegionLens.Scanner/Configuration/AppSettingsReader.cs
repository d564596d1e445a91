using System.Text;
using System.Text.Json;
using RegionLens.Core.Model;

namespace RegionLens.Scanner.Configuration;

/// <summary>
/// Reads <c>appsettings*.json</c> into flattened keys with the exact line and column of every value. Comments and
/// trailing commas are accepted, as Microsoft.Extensions.Configuration accepts them.
/// </summary>
public static class AppSettingsReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <exception cref="ConfigParseException">The file is not valid JSON; the exception names the line.</exception>
    public static ConfigFile Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var positions = new TextPositions(bytes);
        var entries = new List<ConfigEntry>();
        // Utf8JsonReader does not skip a byte-order mark; offsets below stay relative to the whole file.
        var start = TextPositions.HasBom(bytes) ? 3 : 0;
        var reader = new Utf8JsonReader(bytes.AsSpan(start), Options);
        var keys = new Stack<string>();
        var arrayIndexes = new Stack<int>();
        string? pendingName = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = reader.GetString();
                        continue;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (keys.Count > 0 || pendingName is not null || arrayIndexes.Count > 0)
                        {
                            keys.Push(NextSegment(ref pendingName, arrayIndexes));
                        }

                        arrayIndexes.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        arrayIndexes.Pop();
                        if (keys.Count > 0)
                        {
                            keys.Pop();
                        }

                        continue;
                    default:
                        var segment = NextSegment(ref pendingName, arrayIndexes);
                        var key = keys.Count == 0 ? segment : string.Join(":", keys.Reverse()) + ":" + segment;
                        var value = ScalarText(ref reader);
                        if (value is not null)
                        {
                            entries.Add(new ConfigEntry(key, value, positions.At(path, start + (int)reader.TokenStartIndex)));
                        }

                        continue;
                }
            }
        }
        catch (JsonException e)
        {
            throw new ConfigParseException(path, (int)(e.LineNumber ?? 0) + 1, e.Message);
        }

        return new ConfigFile(path, EnvironmentOf(path), entries);
    }

    /// <summary><c>appsettings.Production.json</c> → <c>Production</c>; <c>appsettings.json</c> → null.</summary>
    public static string? EnvironmentOf(string path)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? null : name[(dot + 1)..];
    }

    private static string NextSegment(ref string? pendingName, Stack<int> arrayIndexes)
    {
        if (pendingName is not null)
        {
            var name = pendingName;
            pendingName = null;
            return name;
        }

        // Inside an array: the segment is the element's index, as the configuration binder numbers them.
        var index = arrayIndexes.Pop();
        arrayIndexes.Push(index + 1);
        return index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string? ScalarText(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => null,
    };

    /// <summary>Turns byte offsets into 1-based line and column (in characters).</summary>
    private sealed class TextPositions(byte[] bytes)
    {
        private readonly List<int> _lineStarts = LineStarts(bytes);

        public SourceLocation At(string path, int offset)
        {
            var line = _lineStarts.BinarySearch(offset);
            if (line < 0)
            {
                line = ~line - 1;
            }

            var lineStart = _lineStarts[line];
            var column = Encoding.UTF8.GetCharCount(bytes, lineStart, offset - lineStart) + 1;
            return new SourceLocation(path, line + 1, column);
        }

        private static List<int> LineStarts(byte[] bytes)
        {
            var starts = new List<int> { HasBom(bytes) ? 3 : 0 };
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    starts.Add(i + 1);
                }
            }

            return starts;
        }

        public static bool HasBom(byte[] bytes) => bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
    }
}
