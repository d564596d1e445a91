using RegionLens.Scanner.Configuration;

namespace RegionLens.Scanner.Infrastructure.Bicep;

/// <summary>
/// Parses the statements of a Bicep file that state infrastructure: <c>param</c>, <c>var</c>, <c>resource</c>
/// (with <c>existing</c>, <c>if (...)</c> conditions, <c>[for ...]</c> loops and child resources), <c>module</c> and
/// <c>output</c>. Other statements (<c>type</c>, <c>import</c>, <c>func</c>, <c>metadata</c>) are read past as
/// balanced tokens. Text that is not Bicep (an unbalanced brace, a missing colon) fails on its line.
/// </summary>
internal sealed partial class BicepParser(string path, string text, IReadOnlyList<BicepToken> tokens, int depth = 0)
{
    /// <summary>Parsing, and every later walk of the tree, recurses once per level: a file nested deeper than any real
    /// template fails on its line instead of overflowing the stack, which would end the whole scan.</summary>
    private const int MaxDepth = 200;

    private int _at;
    private int _depth = depth;

    private BicepToken Current => tokens[_at];

    /// <exception cref="ConfigParseException">The text is not Bicep.</exception>
    public List<BicepStatement> Statements()
    {
        var statements = new List<BicepStatement>();
        while (true)
        {
            SkipNewLines();
            if (Current.Kind == BicepTokenKind.End)
            {
                return statements;
            }

            if (Current.Is("@"))
            {
                Decorator();
                continue;
            }

            if (Current.Kind != BicepTokenKind.Identifier)
            {
                throw Fail(Current, $"unexpected '{Current.Text}' where a statement should start");
            }

            if (Statement() is { } statement)
            {
                statements.Add(statement);
            }

            if (Current.Kind is not (BicepTokenKind.NewLine or BicepTokenKind.End))
            {
                throw Fail(Current, $"unexpected '{Current.Text}' after a statement");
            }
        }
    }

    private BicepStatement? Statement()
    {
        var keyword = Next();
        switch (keyword.Text)
        {
            case "param":
                var parameter = Word("a parameter name");
                SkipType();
                return new BicepParam(parameter.Text, Accept("=") ? Expression() : null, keyword.Line, keyword.Column);
            case "var":
                var variable = Word("a variable name");
                SkipType();
                Expect("=");
                return new BicepVariable(variable.Text, Expression(), keyword.Line, keyword.Column);
            case "output":
                var output = Word("an output name");
                SkipType();
                Expect("=");
                return new BicepOutput(output.Text, Expression(), keyword.Line, keyword.Column);
            case "resource":
                return Resource(keyword);
            case "module":
                var module = Word("a module name");
                var source = StringToken("the module's path");
                Expect("=");
                return new BicepModule(module.Text, source.Text, Body(children: null), keyword.Line, keyword.Column);
            default:
                SkipStatement();
                return null;
        }
    }

    private BicepResource Resource(BicepToken keyword)
    {
        var name = Word("a resource name");
        var type = StringToken("the resource type");
        var existing = Current.IsWord("existing");
        if (existing)
        {
            _at++;
        }

        Expect("=");
        var children = new List<BicepResource>();
        var body = Body(children);
        var at = type.Text.IndexOf('@', StringComparison.Ordinal);
        return new BicepResource(name.Text, at < 0 ? type.Text : type.Text[..at], existing, body, children, keyword.Line, keyword.Column);
    }

    /// <summary>A resource or module body: an object, <c>if (condition) {...}</c>, or <c>[for ...: body]</c>.</summary>
    private BicepExpression Body(List<BicepResource>? children)
    {
        Enter();
        try
        {
            return UnguardedBody(children);
        }
        finally
        {
            _depth--;
        }
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw Fail(Current, $"nested deeper than {MaxDepth} levels; not read");
        }
    }

    private BicepExpression UnguardedBody(List<BicepResource>? children)
    {
        if (Current.IsWord("if"))
        {
            _at++;
            Expect("(");
            Expression();
            SkipNewLines();
            Expect(")");
            return Body(children);
        }

        if (Current.Is("[") && tokens[_at + 1].IsWord("for"))
        {
            return For(() => Body(children));
        }

        return Current.Is("{") ? Object(children) : Expression();
    }

    private BicepFor For(Func<BicepExpression> body)
    {
        var open = Next();
        _at++; // for
        if (Accept("("))
        {
            while (!Current.Is(")"))
            {
                if (Current.Kind == BicepTokenKind.End)
                {
                    throw Fail(open, "a [for ...] loop is not closed");
                }

                _at++;
            }

            _at++;
        }
        else
        {
            Word("a loop variable");
        }

        if (!Current.IsWord("in"))
        {
            throw Fail(Current, "'in' expected in a [for ...] loop");
        }

        _at++;
        Expression();
        Expect(":");
        var loopBody = body();
        SkipNewLines();
        var close = Current;
        Expect("]");
        return new BicepFor(loopBody, open.Start, close.End, open.Line, open.Column);
    }

    private void Decorator()
    {
        _at++;
        Postfix();
        SkipNewLines();
    }

    /// <summary>A declared type (<c>string</c>, <c>string[]</c>, <c>'a' | 'b'</c>, <c>{ ... }</c>) up to <c>=</c> or the end of the line.</summary>
    private void SkipType()
    {
        var depth = 0;
        while (Current.Kind != BicepTokenKind.End && !(depth == 0 && (Current.Is("=") || Current.Kind == BicepTokenKind.NewLine)))
        {
            depth += Current.Is("{") || Current.Is("[") || Current.Is("(") ? 1 : Current.Is("}") || Current.Is("]") || Current.Is(")") ? -1 : 0;
            _at++;
        }
    }

    private void SkipStatement()
    {
        var open = new Stack<BicepToken>();
        while (Current.Kind != BicepTokenKind.End && !(open.Count == 0 && Current.Kind == BicepTokenKind.NewLine))
        {
            if (Current.Is("{") || Current.Is("[") || Current.Is("("))
            {
                open.Push(Current);
            }
            else if (Current.Is("}") || Current.Is("]") || Current.Is(")"))
            {
                if (open.Count == 0)
                {
                    throw Fail(Current, $"'{Current.Text}' closes nothing");
                }

                open.Pop();
            }

            _at++;
        }

        if (open.Count > 0)
        {
            throw Fail(open.Peek(), $"'{open.Peek().Text}' is not closed");
        }
    }

    private BicepToken Word(string what) =>
        Current.Kind == BicepTokenKind.Identifier ? Next() : throw Fail(Current, $"{what} expected, found '{Current.Text}'");

    private BicepToken StringToken(string what) =>
        Current.Kind == BicepTokenKind.String ? Next() : throw Fail(Current, $"{what} expected as a string, found '{Current.Text}'");

    private void Expect(string symbol)
    {
        if (!Accept(symbol))
        {
            throw Fail(Current, Current.Kind == BicepTokenKind.End ? $"'{symbol}' expected at the end of the file" : $"'{symbol}' expected, found '{Current.Text}'");
        }
    }

    private bool Accept(string symbol)
    {
        if (!Current.Is(symbol))
        {
            return false;
        }

        _at++;
        return true;
    }

    private BicepToken Next() => tokens[Current.Kind == BicepTokenKind.End ? _at : _at++];

    private void SkipNewLines()
    {
        while (Current.Kind == BicepTokenKind.NewLine)
        {
            _at++;
        }
    }

    private ConfigParseException Fail(BicepToken at, string reason) => new(path, at.Line, reason);
}
