using System.Text;

namespace RegionLens.Scanner.Infrastructure.Arm;

/// <summary>What an ARM expression evaluates to: text, with unknown parts written as <c>{expression}</c>.</summary>
internal sealed record ArmText(string Text, bool IsResolved);

/// <summary>
/// Evaluates the ARM template expressions that decide where things are deployed: <c>parameters('x')</c>,
/// <c>variables('x')</c>, <c>resourceGroup().location</c>, and <c>concat</c> of those and literals. Any other
/// function, or text that does not parse, becomes the unknown <c>{expression}</c>: a reader must never fail on a
/// template that deploys.
/// </summary>
internal sealed class ArmExpression
{
    private readonly string _text;
    private readonly Func<string, ArmText?> _parameter;
    private readonly Func<string, ArmText?> _variable;
    private int _at;

    private ArmExpression(string text, Func<string, ArmText?> parameter, Func<string, ArmText?> variable)
    {
        _text = text;
        _parameter = parameter;
        _variable = variable;
    }

    /// <summary>A template string: an expression when it is written <c>[...]</c>, a literal otherwise.</summary>
    /// <param name="parameter">A parameter's default by name, evaluated; null when it has none.</param>
    /// <param name="variable">A variable's value by name, evaluated; null when it is unknown.</param>
    public static ArmText Evaluate(string written, Func<string, ArmText?> parameter, Func<string, ArmText?> variable)
    {
        if (written.StartsWith("[[", StringComparison.Ordinal))
        {
            return new ArmText(written[1..], true); // "[[" escapes a literal that starts with a bracket
        }

        if (written.Length < 2 || written[0] != '[' || written[^1] != ']')
        {
            return new ArmText(written, true);
        }

        var body = written[1..^1];
        var expression = new ArmExpression(body, parameter, variable);
        var value = expression.Value();
        expression.SkipBlanks();
        return value is not null && expression._at == body.Length ? value : Unknown(body.Trim());
    }

    private static ArmText Unknown(string expression) => new("{" + expression + "}", false);

    /// <summary>One value with its member accesses; null when the text does not parse.</summary>
    private ArmText? Value()
    {
        SkipBlanks();
        var start = _at;
        ArmText? value;
        if (Peek() == '\'')
        {
            value = StringLiteral();
        }
        else if (char.IsDigit(Peek()) || Peek() == '-')
        {
            while (char.IsDigit(Peek()) || Peek() == '-' || Peek() == '.')
            {
                _at++;
            }

            value = new ArmText(_text[start.._at], true);
        }
        else
        {
            value = Call(start);
        }

        if (value is null)
        {
            return null;
        }

        // Member access and indexing are only known for resourceGroup().location; anything else is unknown.
        var accessed = false;
        while (Peek() is '.' or '[')
        {
            accessed = true;
            if (!SkipAccess())
            {
                return null;
            }
        }

        var text = _text[start.._at].Trim();
        return !accessed ? value
            : text.Replace(" ", "", StringComparison.Ordinal).Equals("resourceGroup().location", StringComparison.OrdinalIgnoreCase) ? Unknown("resourceGroup().location")
            : Unknown(text);
    }

    private ArmText? Call(int start)
    {
        var nameStart = _at;
        while (char.IsLetterOrDigit(Peek()) || Peek() is '_' or '.')
        {
            _at++;
        }

        // A trailing dot belongs to member access, not to a namespaced user function name.
        while (_at > nameStart && _text[_at - 1] == '.')
        {
            _at--;
        }

        var name = _text[nameStart.._at];
        SkipBlanks();
        if (name.Length == 0 || Peek() != '(')
        {
            return null;
        }

        _at++;
        var arguments = new List<ArmText>();
        SkipBlanks();
        while (Peek() != ')')
        {
            if (Value() is not { } argument)
            {
                return null;
            }

            arguments.Add(argument);
            SkipBlanks();
            if (Peek() == ',')
            {
                _at++;
            }
            else if (Peek() != ')')
            {
                return null;
            }
        }

        _at++;
        return Apply(name, arguments, _text[start.._at].Trim());
    }

    private ArmText Apply(string name, List<ArmText> arguments, string written) => name.ToLowerInvariant() switch
    {
        "parameters" when arguments is [{ IsResolved: true } key] => _parameter(key.Text) ?? Unknown(written),
        "variables" when arguments is [{ IsResolved: true } key] => _variable(key.Text) ?? Unknown(written),
        "concat" => new ArmText(string.Concat(arguments.Select(a => a.Text)), arguments.All(a => a.IsResolved)),
        _ => Unknown(written),
    };

    private ArmText? StringLiteral()
    {
        var value = new StringBuilder();
        _at++;
        while (_at < _text.Length)
        {
            if (_text[_at] == '\'')
            {
                if (Peek(1) != '\'')
                {
                    _at++;
                    return new ArmText(value.ToString(), true);
                }

                _at++; // '' is a quote inside the string
            }

            value.Append(_text[_at]);
            _at++;
        }

        return null;
    }

    private bool SkipAccess()
    {
        if (Peek() == '.')
        {
            _at++;
            var start = _at;
            while (char.IsLetterOrDigit(Peek()) || Peek() == '_')
            {
                _at++;
            }

            return _at > start;
        }

        _at++;
        if (Value() is null)
        {
            return false;
        }

        SkipBlanks();
        if (Peek() != ']')
        {
            return false;
        }

        _at++;
        return true;
    }

    private void SkipBlanks()
    {
        while (_at < _text.Length && char.IsWhiteSpace(_text[_at]))
        {
            _at++;
        }
    }

    private char Peek(int ahead = 0) => _at + ahead < _text.Length ? _text[_at + ahead] : '\0';
}
