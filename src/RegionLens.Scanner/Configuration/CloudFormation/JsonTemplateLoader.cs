using System.Text;
using System.Text.Json;
using RegionLens.Core.Model;

namespace RegionLens.Scanner.Configuration.CloudFormation;

/// <summary>
/// Loads a JSON template into <see cref="CfnNode"/>s with System.Text.Json, whose errors name the exact line (a YAML
/// parser reading JSON reports some of them elsewhere). Positions come from the tokens' byte offsets.
/// </summary>
internal sealed class JsonTemplateLoader(string path, byte[] bytes)
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = JsonLimits.MaxDepth };

    private readonly Utf8TextPositions _positions = new(path, bytes);

    /// <exception cref="ConfigParseException">The text is not valid JSON.</exception>
    public CfnNode? Load()
    {
        var start = Utf8TextPositions.ContentStart(bytes);
        var reader = new Utf8JsonReader(bytes.AsSpan(start), Options);
        try
        {
            return reader.Read() ? Node(ref reader, start) : null;
        }
        catch (JsonException e)
        {
            throw JsonErrors.ParseError(path, e);
        }
    }

    private CfnNode Node(ref Utf8JsonReader reader, int start)
    {
        var at = _positions.At(start + (int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<CfnProperty>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString() ?? string.Empty;
                    var keyAt = _positions.At(start + (int)reader.TokenStartIndex);
                    reader.Read();
                    properties.Add(new CfnProperty(name, Node(ref reader, start), keyAt));
                }

                return new CfnMapping(properties, at);
            case JsonTokenType.StartArray:
                var items = new List<CfnNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Node(ref reader, start));
                }

                return new CfnSequence(items, at);
            case JsonTokenType.String:
                return new CfnScalar(reader.GetString() ?? string.Empty, at);
            case JsonTokenType.Null:
                return new CfnScalar(string.Empty, at);
            default:
                return new CfnScalar(Encoding.UTF8.GetString(reader.ValueSpan), at);
        }
    }
}
