using System.Text.Json;
using RegionLens.Scanner.Configuration.Terraform;

namespace RegionLens.Scanner.Infrastructure.Terraform;

/// <summary>
/// Turns Terraform's JSON syntax (<c>.tf.json</c>, <c>.tfvars.json</c>) into the <see cref="HclBody"/> the native parser
/// produces, so one extractor reads both. Block labels come from object nesting
/// (<c>{"resource": {"aws_s3_bucket": {"logs": {…}}}}</c>); a string with <c>${…}</c> is parsed as a template at
/// its own position. Without the provider schemas Terraform uses, an object or an array of objects inside a block is
/// read as nested blocks unless its name is a well-known map argument (<c>tags</c>, <c>variables</c>, …).
/// </summary>
internal static class TerraformJsonConverter
{
    private const string Marker = "RL_JSON_TEMPLATE_END";

    private static readonly HashSet<string> MapArguments = new(StringComparer.Ordinal)
    {
        "tags", "tags_all", "variables", "app_settings", "labels", "metadata", "parameters", "providers", "triggers",
        "default", "value", "environment_variables", "inputs", "policy", "assume_role_policy", "attributes",
    };

    // Bodies of these blocks hold only arguments: module inputs, a variable's default, an output's value.
    private static readonly HashSet<string> ArgumentsOnly = new(StringComparer.Ordinal) { "module", "variable", "output", "locals" };

    /// <exception cref="HclParseException">Not valid JSON, or not shaped like a Terraform file.</exception>
    public static HclBody Convert(byte[] bytes, bool variablesFile)
    {
        if (JsonTree.Read(bytes) is not JsonObjectItem root)
        {
            throw new HclParseException(1, 1, "a Terraform JSON file must hold one object");
        }

        return variablesFile ? new HclBody(Arguments(root), []) : Root(root);
    }

    private static HclBody Root(JsonObjectItem root)
    {
        var blocks = new List<HclBlock>();
        foreach (var property in root.Properties.Where(p => p.Name != "//"))
        {
            var labels = property.Name switch
            {
                "resource" or "data" => 2,
                "module" or "provider" or "variable" or "output" => 1,
                _ => 0,
            };
            AddBlocks(property.Name, labels, property.Value, [], property.Position, blocks);
        }

        return new HclBody([], blocks);
    }

    private static void AddBlocks(string type, int labelsLeft, JsonItem item, IReadOnlyList<string> labels, HclPosition position, List<HclBlock> blocks)
    {
        if (labelsLeft == 0)
        {
            foreach (var body in Bodies(item, type))
            {
                blocks.Add(new HclBlock(type, labels, Body(body, type), position));
            }

            return;
        }

        if (item is not JsonObjectItem byLabel)
        {
            throw HclParseException.At(item.Position, $"expected an object of '{type}' labels");
        }

        foreach (var property in byLabel.Properties.Where(p => p.Name != "//"))
        {
            AddBlocks(type, labelsLeft - 1, property.Value, [.. labels, property.Name], property.Position, blocks);
        }
    }

    /// <summary>A block's body is an object, or an array of objects for the same block repeated.</summary>
    private static IEnumerable<JsonObjectItem> Bodies(JsonItem item, string type) => item switch
    {
        JsonObjectItem single => [single],
        JsonArrayItem many when many.Items.All(i => i is JsonObjectItem) => many.Items.Cast<JsonObjectItem>(),
        _ => throw HclParseException.At(item.Position, $"expected an object for the body of '{type}'"),
    };

    private static HclBody Body(JsonObjectItem body, string type)
    {
        if (ArgumentsOnly.Contains(type))
        {
            return new HclBody(Arguments(body), []);
        }

        var attributes = new List<HclAttribute>();
        var blocks = new List<HclBlock>();
        foreach (var property in body.Properties.Where(p => p.Name != "//"))
        {
            if (IsNestedBlock(property))
            {
                foreach (var nested in Bodies(property.Value, property.Name))
                {
                    blocks.Add(new HclBlock(property.Name, [], Body(nested, property.Name), property.Position));
                }
            }
            else
            {
                attributes.Add(new HclAttribute(property.Name, Expression(property.Value), property.Position));
            }
        }

        return new HclBody(attributes, blocks);
    }

    private static bool IsNestedBlock(JsonProperty property) =>
        !MapArguments.Contains(property.Name) && property.Value switch
        {
            JsonObjectItem => true,
            JsonArrayItem { Items.Count: > 0 } many => many.Items.All(i => i is JsonObjectItem),
            _ => false,
        };

    private static List<HclAttribute> Arguments(JsonObjectItem body) =>
        [.. body.Properties.Where(p => p.Name != "//").Select(p => new HclAttribute(p.Name, Expression(p.Value), p.Position))];

    private static HclExpression Expression(JsonItem item) => item switch
    {
        JsonObjectItem obj => new HclObject(
            [.. obj.Properties.Select(p => new HclObjectItem(new HclLiteral(HclLiteralKind.String, p.Name, p.Position), Expression(p.Value), p.Position))],
            obj.Position),
        JsonArrayItem array => new HclTuple([.. array.Items.Select(Expression)], array.Position),
        JsonScalarItem { Kind: JsonTokenType.String } text => Template(text.Text, text.Position),
        JsonScalarItem { Kind: JsonTokenType.Number } number => new HclLiteral(HclLiteralKind.Number, number.Text, number.Position),
        JsonScalarItem { Kind: JsonTokenType.True or JsonTokenType.False } flag => new HclLiteral(HclLiteralKind.Bool, flag.Text, flag.Position),
        _ => new HclLiteral(HclLiteralKind.Null, "null", item.Position),
    };

    /// <summary>
    /// A JSON string is a template. It is handed to the native parser as a heredoc, which needs no escaping, and the
    /// positions are moved back onto the string: the heredoc's second line is the text after the opening quote.
    /// </summary>
    private static HclExpression Template(string text, HclPosition quote)
    {
        if (!text.Contains("${", StringComparison.Ordinal) && !text.Contains("%{", StringComparison.Ordinal))
        {
            return new HclLiteral(HclLiteralKind.String, text, quote);
        }

        HclPosition Move(HclPosition p) => p.Line <= 1 ? quote : new HclPosition(quote.Line + p.Line - 2, p.Line == 2 ? quote.Column + p.Column : p.Column);
        HclExpression parsed;
        try
        {
            parsed = HclParser.ParseExpression($"<<{Marker}\n{text}\n{Marker}\n");
        }
        catch (HclParseException e)
        {
            var at = Move(new HclPosition(e.Line, e.Column));
            throw new HclParseException(at.Line, at.Column, e.Reason);
        }

        var moved = HclPositionShift.Apply(parsed, Move);
        return moved switch
        {
            HclTemplate template => template with { Position = quote, Parts = WithoutFinalNewline(template.Parts) },
            HclLiteral literal => literal with { Text = TrimNewline(literal.Text), Position = quote },
            _ => moved,
        };
    }

    private static List<HclTemplatePart> WithoutFinalNewline(IReadOnlyList<HclTemplatePart> parts)
    {
        var list = parts.ToList();
        if (list.Count > 0 && list[^1] is HclTemplateText last)
        {
            var trimmed = TrimNewline(last.Text);
            list[^1] = last with { Text = trimmed };
            if (trimmed.Length == 0)
            {
                list.RemoveAt(list.Count - 1);
            }
        }

        return list;
    }

    private static string TrimNewline(string text) => text.EndsWith('\n') ? text[..^1] : text;
}
