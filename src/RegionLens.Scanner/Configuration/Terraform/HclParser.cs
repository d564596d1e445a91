namespace RegionLens.Scanner.Configuration.Terraform;

/// <summary>
/// Parses HCL native syntax (Terraform <c>.tf</c>, <c>.tfvars</c>) into bodies, blocks, attributes and expressions.
/// Every loop consumes a token or throws, and nesting is bounded, so malformed input ends in
/// <see cref="HclParseException"/>, never a hang or a stack overflow.
/// </summary>
public sealed partial class HclParser
{
    private const int MaxDepth = 200;

    private readonly IReadOnlyList<HclToken> _tokens;
    private int _index;
    private int _depth;
    // Inside (), [] and {} expressions newlines separate nothing; in bodies they end an attribute.
    private int _newlinesIgnored;

    private HclParser(IReadOnlyList<HclToken> tokens, int depth, int newlinesIgnored)
    {
        _tokens = tokens;
        _depth = depth;
        _newlinesIgnored = newlinesIgnored;
    }

    /// <exception cref="HclParseException">The text is not valid HCL; the exception names the line and column.</exception>
    public static HclDocument Parse(string text)
    {
        var tokens = HclLexer.Tokenize(text);
        var parser = new HclParser(tokens.Tokens, 0, 0);
        return new HclDocument(parser.ParseBody(open: null), tokens.Comments);
    }

    /// <summary>Parses one expression, such as a value given on the command line.</summary>
    public static HclExpression ParseExpression(string text) =>
        new HclParser(HclLexer.Tokenize(text).Tokens, 0, 1).ParseWhole();

    private HclExpression ParseWhole()
    {
        var expression = ParseExpression();
        var rest = Peek();
        if (rest.Kind != HclTokenKind.EndOfFile)
        {
            throw HclParseException.At(rest.Position, $"expected the end of the expression, found {rest.Describe()}");
        }

        return expression;
    }

    private HclBody ParseBody(HclToken? open)
    {
        var attributes = new List<HclAttribute>();
        var blocks = new List<HclBlock>();
        while (true)
        {
            var token = Peek();
            if (token.Kind == HclTokenKind.Newline)
            {
                _index++;
                continue;
            }

            if (token.Kind == HclTokenKind.EndOfFile)
            {
                return open is null
                    ? new HclBody(attributes, blocks)
                    : throw HclParseException.At(open.Position, "this '{' is never closed");
            }

            if (token.Is("}"))
            {
                return open is not null
                    ? new HclBody(attributes, blocks)
                    : throw HclParseException.At(token.Position, "unexpected '}': no block is open");
            }

            if (token.Kind != HclTokenKind.Identifier)
            {
                throw HclParseException.At(token.Position, $"expected an attribute or block name, found {token.Describe()}");
            }

            _index++;
            if (Peek().Is("="))
            {
                _index++;
                attributes.Add(new HclAttribute(token.Text, ParseExpression(), token.Position));
                ExpectEndOfItem("attribute");
            }
            else
            {
                blocks.Add(ParseBlock(token));
            }
        }
    }

    private HclBlock ParseBlock(HclToken type)
    {
        var labels = new List<string>();
        while (!Peek().Is("{"))
        {
            var label = Next();
            labels.Add(label switch
            {
                { Kind: HclTokenKind.Identifier } => label.Text,
                { Kind: HclTokenKind.QuotedTemplate, Parts: var parts } when parts!.All(p => p.Kind == HclTemplatePartKind.Literal) =>
                    string.Concat(parts!.Select(p => p.Text)),
                _ => throw HclParseException.At(label.Position, $"expected '=', a block label or '{{' after '{type.Text}', found {label.Describe()}"),
            });
        }

        var open = Next();
        if (++_depth > MaxDepth)
        {
            throw HclParseException.At(open.Position, "blocks are nested too deeply");
        }

        var body = ParseBody(open);
        _depth--;
        Next();
        ExpectEndOfItem("block");
        return new HclBlock(type.Text, labels, body, type.Position);
    }

    private void ExpectEndOfItem(string item)
    {
        var token = Peek();
        if (token.Kind == HclTokenKind.Newline)
        {
            _index++;
        }
        else if (token.Kind != HclTokenKind.EndOfFile && !token.Is("}"))
        {
            throw HclParseException.At(token.Position, $"expected a newline after the {item}, found {token.Describe()}");
        }
    }

    private HclToken Peek(int ahead = 0)
    {
        var i = _index;
        while (true)
        {
            if (_newlinesIgnored > 0)
            {
                while (_tokens[i].Kind == HclTokenKind.Newline)
                {
                    i++;
                }
            }

            if (ahead == 0 || _tokens[i].Kind == HclTokenKind.EndOfFile)
            {
                return _tokens[i];
            }

            ahead--;
            i++;
        }
    }

    private HclToken Next()
    {
        if (_newlinesIgnored > 0)
        {
            while (_tokens[_index].Kind == HclTokenKind.Newline)
            {
                _index++;
            }
        }

        var token = _tokens[_index];
        if (token.Kind != HclTokenKind.EndOfFile)
        {
            _index++;
        }

        return token;
    }

    private HclToken Expect(string punctuation)
    {
        var token = Next();
        return token.Is(punctuation)
            ? token
            : throw HclParseException.At(token.Position, $"expected '{punctuation}', found {token.Describe()}");
    }

    private string ExpectIdentifier()
    {
        var token = Next();
        return token.Kind == HclTokenKind.Identifier
            ? token.Text
            : throw HclParseException.At(token.Position, $"expected a name, found {token.Describe()}");
    }
}
