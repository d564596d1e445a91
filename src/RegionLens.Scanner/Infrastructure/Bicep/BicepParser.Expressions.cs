namespace RegionLens.Scanner.Infrastructure.Bicep;

/// <summary>
/// Expressions. Only strings, names, literals, objects and arrays keep their structure: they are what locations,
/// SKUs and endpoints are written with. Operators, calls and member access are parsed to know where they end,
/// then kept by their text (<see cref="BicepOther"/>).
/// </summary>
internal sealed partial class BicepParser
{
    private static readonly string[][] Binary =
    [
        ["??"], ["||"], ["&&"], ["==", "!=", "=~", "!~"], ["<", ">", "<=", ">="], ["+", "-"], ["*", "/", "%"],
    ];

    public BicepExpression Expression()
    {
        Enter();
        try
        {
            return Conditional();
        }
        finally
        {
            _depth--;
        }
    }

    private BicepExpression Conditional()
    {
        var condition = Operators(0);
        if (!Current.Is("?"))
        {
            return condition;
        }

        _at++;
        SkipNewLines();
        Expression();
        SkipNewLines();
        Expect(":");
        SkipNewLines();
        return Other(condition, Expression());
    }

    private BicepExpression Operators(int level)
    {
        if (level == Binary.Length)
        {
            return Unary();
        }

        var left = Operators(level + 1);
        while (Current.Kind == BicepTokenKind.Symbol && Binary[level].Contains(Current.Text))
        {
            _at++;
            SkipNewLines();
            left = Other(left, Operators(level + 1));
        }

        return left;
    }

    private BicepExpression Unary()
    {
        if (Current.Is("!") || Current.Is("-"))
        {
            var sign = Next();
            Enter();
            var operand = Unary();
            _depth--;
            return new BicepOther(sign.Start, operand.End, sign.Line, sign.Column);
        }

        return Postfix();
    }

    private BicepExpression Postfix()
    {
        var value = Primary();
        while (true)
        {
            if (Current.Is(".") || Current.Is("?.") || Current.Is("::"))
            {
                _at++;
                var member = Current.Kind == BicepTokenKind.Identifier ? Next() : throw Fail(Current, "a property name expected after '.'");
                value = new BicepOther(value.Start, member.End, value.Line, value.Column);
            }
            else if (Current.Is("["))
            {
                _at++;
                SkipNewLines();
                Expression();
                SkipNewLines();
                var close = Current;
                Expect("]");
                value = new BicepOther(value.Start, close.End, value.Line, value.Column);
            }
            else if (Current.Is("("))
            {
                var close = Arguments();
                value = new BicepOther(value.Start, close.End, value.Line, value.Column);
            }
            else
            {
                return value;
            }
        }
    }

    private BicepExpression Primary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case BicepTokenKind.String:
                _at++;
                return new BicepString([.. token.Parts!.Select(Interpolation)], token.Start, token.End, token.Line, token.Column);
            case BicepTokenKind.Number:
                _at++;
                return new BicepLiteral(token.Text, token.Start, token.End, token.Line, token.Column);
            case BicepTokenKind.Identifier when token.Text is "true" or "false" or "null":
                _at++;
                return new BicepLiteral(token.Text, token.Start, token.End, token.Line, token.Column);
            case BicepTokenKind.Identifier when tokens[_at + 1].Is("=>"):
                _at += 2;
                return Other(token, Expression());
            case BicepTokenKind.Identifier:
                _at++;
                return new BicepName(token.Text, token.Start, token.End, token.Line, token.Column);
        }

        if (token.Is("("))
        {
            var close = Arguments();
            if (Accept("=>"))
            {
                return Other(token, Expression()); // a lambda: (a, b) => ...
            }

            return new BicepOther(token.Start, close.End, token.Line, token.Column);
        }

        if (token.Is("{"))
        {
            return Object(children: null);
        }

        if (token.Is("["))
        {
            return tokens[_at + 1].IsWord("for") ? For(ForBody) : Array();
        }

        throw Fail(token, token.Kind == BicepTokenKind.End ? "an expression expected at the end of the file" : $"unexpected '{token.Text}' where a value should be");
    }

    private BicepExpression ForBody()
    {
        if (Current.IsWord("if"))
        {
            _at++;
            Expect("(");
            Expression();
            Expect(")");
        }

        return Expression();
    }

    /// <summary>Reads <c>( ... )</c> (call arguments, or a parenthesised expression) and returns the closing parenthesis.</summary>
    private BicepToken Arguments()
    {
        var open = Next();
        SkipNewLines();
        while (!Current.Is(")"))
        {
            if (Current.Kind == BicepTokenKind.End)
            {
                throw Fail(open, "'(' is not closed");
            }

            Expression();
            SkipNewLines();
            if (Accept(","))
            {
                SkipNewLines();
            }
            else if (!Current.Is(")"))
            {
                throw Fail(Current, $"',' or ')' expected, found '{Current.Text}'");
            }
        }

        return Next();
    }

    /// <summary>An object; with <paramref name="children"/>, a resource body that may declare child resources.</summary>
    private BicepObject Object(List<BicepResource>? children)
    {
        var open = Next();
        var properties = new List<BicepProperty>();
        while (true)
        {
            SkipNewLines();
            if (Current.Is("}"))
            {
                var close = Next();
                return new BicepObject(properties, open.Start, close.End, open.Line, open.Column);
            }

            if (Current.Kind == BicepTokenKind.End)
            {
                throw Fail(open, "'{' is not closed");
            }

            if (Current.Is("@"))
            {
                Decorator();
                continue;
            }

            if (children is not null && Current.IsWord("resource") && tokens[_at + 1].Kind == BicepTokenKind.Identifier)
            {
                children.Add(Resource(Next()));
            }
            else
            {
                var key = Current.Kind is BicepTokenKind.Identifier or BicepTokenKind.String
                    ? Next()
                    : throw Fail(Current, $"a property name expected, found '{Current.Text}'");
                Expect(":");
                SkipNewLines();
                properties.Add(new BicepProperty(key.Text, Expression(), key.Line, key.Column));
            }

            // Properties end at a new line; on one line, commas separate them.
            if (!Accept(",") && Current.Kind != BicepTokenKind.NewLine && !Current.Is("}"))
            {
                throw Fail(Current, $"a new line or '}}' expected after a property, found '{Current.Text}'");
            }
        }
    }

    private BicepArray Array()
    {
        var open = Next();
        var items = new List<BicepExpression>();
        while (true)
        {
            SkipNewLines();
            if (Current.Is("]"))
            {
                var close = Next();
                return new BicepArray(items, open.Start, close.End, open.Line, open.Column);
            }

            if (Current.Kind == BicepTokenKind.End)
            {
                throw Fail(open, "'[' is not closed");
            }

            items.Add(Expression());
            if (!Accept(",") && Current.Kind != BicepTokenKind.NewLine && !Current.Is("]"))
            {
                throw Fail(Current, $"a new line or ']' expected after an item, found '{Current.Text}'");
            }
        }
    }

    /// <summary>An interpolation's tokens are parsed on their own, as one expression.</summary>
    private object Interpolation(object part) => part switch
    {
        List<BicepToken> inner => new BicepParser(path, text, [.. inner, new BicepToken(BicepTokenKind.End, string.Empty, 0, 0, tokens[_at - 1].Line, 0)], _depth).Expression(),
        _ => part,
    };

    private static BicepOther Other(BicepExpression first, BicepExpression last) => new(first.Start, last.End, first.Line, first.Column);

    private static BicepOther Other(BicepToken first, BicepExpression last) => new(first.Start, last.End, first.Line, first.Column);
}
