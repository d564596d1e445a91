namespace RegionLens.Scanner.Configuration.Terraform;

public sealed partial class HclParser
{
    private HclTuple ParseTuple(HclPosition position)
    {
        var items = new List<HclExpression>();
        while (!Peek().Is("]"))
        {
            items.Add(ParseExpression());
            if (!Peek().Is("]"))
            {
                Expect(",");
            }
        }

        return new HclTuple(items, position);
    }

    private HclObject ParseObject(HclPosition position)
    {
        var items = new List<HclObjectItem>();
        while (!Peek().Is("}"))
        {
            var key = ParseExpression();
            if (key is HclTraversal { Steps.Count: 0 } bare)
            {
                key = new HclLiteral(HclLiteralKind.String, bare.Root, bare.Position);
            }

            var separator = Next();
            if (!separator.Is("=") && !separator.Is(":"))
            {
                throw HclParseException.At(separator.Position, $"expected '=' or ':' after an object key, found {separator.Describe()}");
            }

            items.Add(new HclObjectItem(key, ParseExpression(), key.Position));
            // Items are separated by commas or newlines; newlines are already skipped here.
            if (Peek().Is(","))
            {
                Next();
            }
        }

        return new HclObject(items, position);
    }

    private HclFor ParseFor(HclPosition position, bool isObject)
    {
        Next();
        var first = ExpectIdentifier();
        string? keyVariable = null;
        var valueVariable = first;
        if (Peek().Is(","))
        {
            Next();
            keyVariable = first;
            valueVariable = ExpectIdentifier();
        }

        var @in = Next();
        if (!@in.IsKeyword("in"))
        {
            throw HclParseException.At(@in.Position, $"expected 'in', found {@in.Describe()}");
        }

        var collection = ParseExpression();
        Expect(":");
        HclExpression? keyExpression = null;
        if (isObject)
        {
            keyExpression = ParseExpression();
            Expect("=>");
        }

        var valueExpression = ParseExpression();
        var grouping = isObject && Peek().Is("...");
        if (grouping)
        {
            Next();
        }

        HclExpression? condition = null;
        if (Peek().IsKeyword("if"))
        {
            Next();
            condition = ParseExpression();
        }

        return new HclFor(keyVariable, valueVariable, collection, keyExpression, valueExpression, grouping, condition, position);
    }

    private HclExpression ParsePostfix(HclExpression expression)
    {
        while (true)
        {
            var token = Peek();
            if (token.Is("."))
            {
                Next();
                expression = Peek().Is("*")
                    ? ParseSplat(expression, full: false, Next().Position)
                    : AddStep(expression, ParseAttributeStep(token));
            }
            else if (token.Is("["))
            {
                Next();
                _newlinesIgnored++;
                if (Peek().Is("*"))
                {
                    Next();
                    Expect("]");
                    _newlinesIgnored--;
                    expression = ParseSplat(expression, full: true, token.Position);
                    continue;
                }

                var key = ParseExpression();
                Expect("]");
                _newlinesIgnored--;
                expression = AddStep(expression, new HclIndexStep(key, token.Position));
            }
            else
            {
                return expression;
            }
        }
    }

    /// <summary>After the dot: a name, or a number for the legacy <c>list.0</c> index.</summary>
    private HclTraversalStep ParseAttributeStep(HclToken dot)
    {
        var name = Next();
        return name.Kind switch
        {
            HclTokenKind.Identifier => new HclAttributeStep(name.Text, name.Position),
            HclTokenKind.Number => new HclIndexStep(new HclLiteral(HclLiteralKind.Number, name.Text, name.Position), dot.Position),
            _ => throw HclParseException.At(name.Position, $"expected an attribute name after '.', found {name.Describe()}"),
        };
    }

    private static HclExpression AddStep(HclExpression expression, HclTraversalStep step) => expression switch
    {
        HclTraversal traversal => traversal with { Steps = [.. traversal.Steps, step] },
        HclRelativeTraversal relative => relative with { Steps = [.. relative.Steps, step] },
        _ => new HclRelativeTraversal(expression, [step], expression.Position),
    };

    /// <summary>Steps after a splat apply to each element, so they belong to the splat, not to its result.</summary>
    private HclSplat ParseSplat(HclExpression source, bool full, HclPosition position)
    {
        var each = new List<HclTraversalStep>();
        while (true)
        {
            var token = Peek();
            if (token.Is(".") && Peek(1).Kind == HclTokenKind.Identifier)
            {
                Next();
                each.Add(ParseAttributeStep(token));
            }
            else if (full && token.Is("[") && !Peek(1).Is("*"))
            {
                Next();
                _newlinesIgnored++;
                var key = ParseExpression();
                Expect("]");
                _newlinesIgnored--;
                each.Add(new HclIndexStep(key, token.Position));
            }
            else
            {
                return new HclSplat(source, full, each, position);
            }
        }
    }
}
