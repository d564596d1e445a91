using System.Collections.ObjectModel;
using System.Text.Json;
using RegionLens.Core.Model;
using RegionLens.Scanner.Configuration;

namespace RegionLens.Scanner.UserConfiguration;

/// <summary>
/// The token-level steps of reading <c>regionlens.json</c> with a <see cref="Utf8JsonReader"/>, each of which turns
/// a wrong type into a <see cref="RegionLensConfigException"/> that names the key path and the 1-based line of the
/// offending token: the reader, unlike a deserializer, knows where every token is.
/// </summary>
internal sealed class ConfigTokens(string path, byte[] bytes)
{
    private readonly Utf8TextPositions _positions = new(path, bytes);

    public string Path => path;

    /// <summary>Where the JSON starts: after a byte-order mark, which the reader does not skip.</summary>
    public int Start { get; } = Utf8TextPositions.ContentStart(bytes);

    public int LineOf(ref Utf8JsonReader reader) => LocationOf(ref reader).Line;

    /// <summary>Where the current token starts (a string's opening quote), with the file's path as given.</summary>
    public SourceLocation LocationOf(ref Utf8JsonReader reader) => _positions.At(Start + (int)reader.TokenStartIndex);

    public RegionLensConfigException Error(int line, string message) => new(path, line, message);

    /// <summary>Reads the next token of the current object: a property name (true, with its line) or the end (false).</summary>
    public bool NextProperty(ref Utf8JsonReader reader, out string name, out int line)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            line = 0;
            return false;
        }

        name = reader.GetString()!;
        line = LineOf(ref reader);
        return true;
    }

    /// <summary>Moves from a property name to its value.</summary>
    public static void Value(ref Utf8JsonReader reader) => reader.Read();

    public void ExpectObject(ref Utf8JsonReader reader, string keyPath) => Expect(ref reader, JsonTokenType.StartObject, keyPath);

    public void ExpectArray(ref Utf8JsonReader reader, string keyPath) => Expect(ref reader, JsonTokenType.StartArray, keyPath);

    public string ReadString(ref Utf8JsonReader reader, string keyPath)
    {
        Expect(ref reader, JsonTokenType.String, keyPath);
        return reader.GetString()!;
    }

    /// <summary>An array of strings, each checked by <paramref name="problem"/> (null when the value is fine). An error
    /// names the element: <c>allowedRegions[2]: a region cannot be empty</c>.</summary>
    public ReadOnlyCollection<string> ReadStringArray(ref Utf8JsonReader reader, string keyPath, Func<string, string?> problem) =>
        ReadStringArray(ref reader, keyPath, problem, locations: null);

    /// <summary>As above, adding where each element is written to <paramref name="locations"/>.</summary>
    public ReadOnlyCollection<string> ReadStringArray(ref Utf8JsonReader reader, string keyPath, Func<string, string?> problem, List<SourceLocation>? locations)
    {
        ExpectArray(ref reader, keyPath);
        var values = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var elementPath = $"{keyPath}[{values.Count}]";
            var value = ReadString(ref reader, elementPath);
            if (problem(value) is { } message)
            {
                throw Error(LineOf(ref reader), $"{elementPath}: {message}");
            }

            values.Add(value);
            locations?.Add(LocationOf(ref reader));
        }

        return values.AsReadOnly();
    }

    /// <summary><c>unknown key 'failureDomain' (did you mean 'failureDomains'?)</c>, or the known keys when none is close.</summary>
    public static string UnknownKey(string key, IReadOnlyCollection<string> known) =>
        KeySuggestion.Closest(key, known) is { } suggestion
            ? $"unknown key '{key}' (did you mean '{suggestion}'?)"
            : $"unknown key '{key}' (known keys: {string.Join(", ", known)})";

    private void Expect(ref Utf8JsonReader reader, JsonTokenType expected, string keyPath)
    {
        if (reader.TokenType != expected)
        {
            throw Error(LineOf(ref reader), $"{keyPath}: expected {Describe(expected)}, found {Describe(reader.TokenType)}");
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
