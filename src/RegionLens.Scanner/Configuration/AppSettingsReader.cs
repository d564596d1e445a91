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
        MaxDepth = JsonLimits.MaxDepth,
    };

    /// <exception cref="ConfigParseException">The file is not valid JSON; the exception names the line.</exception>
    public static ConfigFile Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var positions = new Utf8TextPositions(path, bytes);
        var entries = new List<ConfigEntry>();
        // Utf8JsonReader does not skip a byte-order mark; offsets below stay relative to the whole file.
        var start = Utf8TextPositions.ContentStart(bytes);
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
                        // A scalar outside any object or array (`"text"`, `42`) has no key; .NET configuration refuses
                        // such a file. Found by fuzzing: NextSegment popped the empty index stack (InvalidOperationException).
                        if (arrayIndexes.Count == 0)
                        {
                            throw new ConfigParseException(path, positions.At(start + (int)reader.TokenStartIndex).Line, "the top-level JSON value must be an object");
                        }

                        var segment = NextSegment(ref pendingName, arrayIndexes);
                        var key = keys.Count == 0 ? segment : string.Join(":", keys.Reverse()) + ":" + segment;
                        var value = ScalarText(ref reader);
                        if (value is not null)
                        {
                            entries.Add(new ConfigEntry(key, value, positions.At(start + (int)reader.TokenStartIndex)));
                        }

                        continue;
                }
            }
        }
        catch (JsonException e)
        {
            throw JsonErrors.ParseError(path, e);
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
}
