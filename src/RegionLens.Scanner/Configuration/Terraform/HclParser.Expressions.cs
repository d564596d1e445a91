namespace RegionLens.Scanner.Configuration.Terraform;

public sealed partial class HclParser
{
    // Lowest precedence first; every level is left-associative.
    private static readonly string[][] BinaryLevels =
    [
        ["||"],
        ["&&"],
        ["==", "!="],
        ["<", ">", "<=", ">="],
        ["+", "-"],
        ["*", "/", "%"],
    ];

    private HclExpression ParseExpression()
    {
        if (++_depth > MaxDepth)
        {
            throw HclParseException.At(Peek().Position, "expression is nested too deeply");
        }

        var condition = ParseBinary(0);
        var result = condition;
        if (Peek().Is("?"))
        {
            Next();
            var whenTrue = ParseExpression();
            Expect(":");
            result = new HclConditional(condition, whenTrue, ParseExpression(), condition.Position);
        }

        _depth--;
        return result;
    }

    private HclExpression ParseBinary(int level)
    {
        if (level == BinaryLevels.Length)
        {
            return ParseUnary();
        }

        var left = ParseBinary(level + 1);
        while (Peek() is { Kind: HclTokenKind.Punctuation } op && BinaryLevels[level].Contains(op.Text))
        {
            Next();
            left = new HclBinary(op.Text, left, ParseBinary(level + 1), left.Position);
        }

        return left;
    }

    private HclExpression ParseUnary()
    {
        var token = Peek();
        if (token.Is("!") || token.Is("-"))
        {
            Next();
            if (++_depth > MaxDepth)
            {
                throw HclParseException.At(token.Position, "expression is nested too deeply");
            }

            var operand = ParseUnary();
            _depth--;
            return new HclUnary(token.Text, operand, token.Position);
        }

        return ParsePostfix(ParsePrimary());
    }

    private HclExpression ParsePrimary()
    {
        var token = Next();
        return token.Kind switch
        {
            HclTokenKind.Number => new HclLiteral(HclLiteralKind.Number, token.Text, token.Position),
            HclTokenKind.Identifier => ParseName(token),
            HclTokenKind.QuotedTemplate or HclTokenKind.HeredocTemplate => ParseTemplate(token),
            _ when token.Is("(") => Nested(() => new HclParenthesized(ParseExpression(), token.Position), ")"),
            _ when token.Is("[") => Nested(() => Peek().IsKeyword("for") && Peek(1).Kind == HclTokenKind.Identifier
                ? ParseFor(token.Position, isObject: false)
                : ParseTuple(token.Position), "]"),
            _ when token.Is("{") => Nested(() => Peek().IsKeyword("for") && Peek(1).Kind == HclTokenKind.Identifier
                ? ParseFor(token.Position, isObject: true)
                : ParseObject(token.Position), "}"),
            _ => throw HclParseException.At(token.Position, $"expected an expression, found {token.Describe()}"),
        };
    }

    /// <summary>Parses between brackets, where newlines do not end anything, then expects the closing bracket.</summary>
    private HclExpression Nested(Func<HclExpression> parse, string close)
    {
        _newlinesIgnored++;
        var result = parse();
        Expect(close);
        _newlinesIgnored--;
        return result;
    }

    private HclExpression ParseName(HclToken name)
    {
        switch (name.Text)
        {
            case "true" or "false":
                return new HclLiteral(HclLiteralKind.Bool, name.Text, name.Position);
            case "null":
                return new HclLiteral(HclLiteralKind.Null, name.Text, name.Position);
        }

        var function = name.Text;
        while (Peek().Is("::"))
        {
            Next();
            function += "::" + ExpectIdentifier();
        }

        if (!Peek().Is("("))
        {
            return function == name.Text
                ? new HclTraversal(name.Text, [], name.Position)
                : throw HclParseException.At(Peek().Position, $"expected '(' after '{function}', found {Peek().Describe()}");
        }

        Next();
        _newlinesIgnored++;
        var arguments = new List<HclExpression>();
        var expandFinal = false;
        while (!Peek().Is(")"))
        {
            arguments.Add(ParseExpression());
            if (Peek().Is("..."))
            {
                Next();
                expandFinal = true;
                break;
            }

            if (!Peek().Is(")"))
            {
                Expect(",");
            }
        }

        Expect(")");
        _newlinesIgnored--;
        return new HclFunctionCall(function, arguments, expandFinal, name.Position);
    }

    private HclExpression ParseTemplate(HclToken token)
    {
        var parts = token.Parts ?? [];
        if (parts.All(p => p.Kind == HclTemplatePartKind.Literal))
        {
            return new HclLiteral(HclLiteralKind.String, string.Concat(parts.Select(p => p.Text)), token.Position);
        }

        return new HclTemplate(parts.Select(ParsePart).ToList(), token.Position);
    }

    private HclTemplatePart ParsePart(HclTemplateToken part) => part.Kind switch
    {
        HclTemplatePartKind.Literal => new HclTemplateText(part.Text, part.Position),
        HclTemplatePartKind.Directive => new HclTemplateDirective(part.Text, part.Position),
        _ => new HclTemplateInterpolation(new HclParser(part.Tokens, _depth + 1, 1).ParseWhole(), part.Position),
    };
}
