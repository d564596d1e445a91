using System.Text;
using System.Text.Json;
using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Configuration.Terraform;

namespace RegionLens.Scanner.Infrastructure.Terraform;

/// <summary>A JSON value with the position of its first character, the raw material of <see cref="TerraformJsonConverter"/>.</summary>
internal abstract record JsonItem(HclPosition Position);

internal sealed record JsonProperty(string Name, HclPosition Position, JsonItem Value);

internal sealed record JsonObjectItem(IReadOnlyList<JsonProperty> Properties, HclPosition Position) : JsonItem(Position);

internal sealed record JsonArrayItem(IReadOnlyList<JsonItem> Items, HclPosition Position) : JsonItem(Position);

internal sealed record JsonScalarItem(JsonTokenType Kind, string Text, HclPosition Position) : JsonItem(Position);

/// <summary>
/// Reads JSON with <see cref="Utf8JsonReader"/>, which knows the byte offset of every token (JsonDocument does not),
/// so every value keeps its line and column. Errors become <see cref="HclParseException"/> naming the line.
/// </summary>
internal static class JsonTree
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = JsonLimits.MaxDepth };

    /// <exception cref="HclParseException">The bytes are not one valid JSON value.</exception>
    public static JsonItem Read(byte[] bytes)
    {
        var start = Utf8TextPositions.ContentStart(bytes);
        var positions = new Utf8TextPositions(string.Empty, bytes);
        var reader = new Utf8JsonReader(bytes.AsSpan(start), Options);
        try
        {
            if (!reader.Read())
            {
                throw new HclParseException(1, 1, "the file holds no JSON value");
            }

            var item = Item(ref reader, positions, start);
            if (reader.Read())
            {
                var at = positions.At(start + (int)reader.TokenStartIndex);
                throw new HclParseException(at.Line, at.Column, "more than one JSON value in the file");
            }

            return item;
        }
        catch (JsonException e)
        {
            throw new HclParseException((int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, Reason(e.Message));
        }
    }

    /// <summary>The reader's message without its "LineNumber: … | BytePositionInLine: …" tail, which the problem carries.</summary>
    private static string Reason(string message)
    {
        var tail = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (tail < 0 ? message : message[..tail]).Trim();
    }

    private static JsonItem Item(ref Utf8JsonReader reader, Utf8TextPositions positions, int start)
    {
        var location = positions.At(start + (int)reader.TokenStartIndex);
        var at = new HclPosition(location.Line, location.Column);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<JsonProperty>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var key = positions.At(start + (int)reader.TokenStartIndex);
                    var name = reader.GetString() ?? string.Empty;
                    reader.Read();
                    properties.Add(new JsonProperty(name, new HclPosition(key.Line, key.Column), Item(ref reader, positions, start)));
                }

                return new JsonObjectItem(properties, at);
            case JsonTokenType.StartArray:
                var items = new List<JsonItem>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Item(ref reader, positions, start));
                }

                return new JsonArrayItem(items, at);
            case JsonTokenType.String:
                return new JsonScalarItem(JsonTokenType.String, reader.GetString() ?? string.Empty, at);
            default:
                var raw = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
                return new JsonScalarItem(reader.TokenType, Encoding.UTF8.GetString(raw), at);
        }
    }
}
