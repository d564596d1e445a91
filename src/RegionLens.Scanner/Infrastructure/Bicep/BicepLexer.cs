using System.Globalization;
using System.Text;
using RegionLens.Scanner.Configuration;

namespace RegionLens.Scanner.Infrastructure.Bicep;

/// <summary>
/// Splits Bicep text into tokens. Newlines are tokens because Bicep ends statements and object properties with
/// them; comments are dropped. A string that is never closed fails on the line it starts.
/// </summary>
internal sealed class BicepLexer(string path, string text)
{
    private static readonly string[] Symbols =
    [
        "==", "!=", "=~", "!~", "<=", ">=", "&&", "||", "??", "?.", "=>", "::",
        "{", "}", "[", "]", "(", ")", ",", ":", ".", "=", "?", "!", "@", "<", ">", "+", "-", "*", "/", "%", "|",
    ];

    private const int MaxInterpolationNesting = 64;

    private int _interpolations;
    private int _at;
    private int _line = 1;
    private int _lineStart;

    /// <exception cref="ConfigParseException">A string or comment is not closed, or a character is not Bicep.</exception>
    public List<BicepToken> Tokens()
    {
        var tokens = Until(closeBrace: false);
        tokens.Add(new BicepToken(BicepTokenKind.End, string.Empty, _at, _at, _line, Column(_at)));
        return tokens;
    }

    /// <summary>Tokens to the end of the text, or (inside <c>${...}</c>) to the brace that closes the interpolation.</summary>
    private List<BicepToken> Until(bool closeBrace)
    {
        var tokens = new List<BicepToken>();
        var depth = 0;
        while (_at < text.Length)
        {
            var c = text[_at];
            if (c == '\n')
            {
                tokens.Add(Token(BicepTokenKind.NewLine, "\n", _at, 1));
                NewLine(_at);
                _at++;
            }
            else if (char.IsWhiteSpace(c))
            {
                _at++;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (_at < text.Length && text[_at] != '\n')
                {
                    _at++;
                }
            }
            else if (c == '/' && Peek(1) == '*')
            {
                BlockComment();
            }
            else if (c == '\'')
            {
                tokens.Add(text.AsSpan(_at).StartsWith("'''") ? MultiLineString() : String());
            }
            else if (char.IsDigit(c))
            {
                var start = _at;
                while (_at < text.Length && (char.IsDigit(text[_at]) || text[_at] == '.'))
                {
                    _at++;
                }

                tokens.Add(Token(BicepTokenKind.Number, text[start.._at], start, _at - start));
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = _at;
                while (_at < text.Length && (char.IsLetterOrDigit(text[_at]) || text[_at] == '_'))
                {
                    _at++;
                }

                tokens.Add(Token(BicepTokenKind.Identifier, text[start.._at], start, _at - start));
            }
            else
            {
                var symbol = Symbols.FirstOrDefault(s => text.AsSpan(_at).StartsWith(s))
                    ?? throw new ConfigParseException(path, _line, $"unexpected character '{c}' at column {Column(_at)}");
                if (closeBrace && symbol == "}" && depth == 0)
                {
                    _at++;
                    return tokens;
                }

                depth += symbol == "{" ? 1 : symbol == "}" ? -1 : 0;
                tokens.Add(Token(BicepTokenKind.Symbol, symbol, _at, symbol.Length));
                _at += symbol.Length;
            }
        }

        return closeBrace ? throw new ConfigParseException(path, _line, "an interpolation ${...} is not closed") : tokens;
    }

    private BicepToken String()
    {
        var start = _at;
        var (line, column) = (_line, Column(_at));
        var parts = new List<object>();
        var literal = new StringBuilder();
        _at++;
        while (true)
        {
            if (_at >= text.Length || text[_at] == '\n')
            {
                throw new ConfigParseException(path, line, $"a string that starts at column {column} is not closed");
            }

            var c = text[_at];
            if (c == '\'')
            {
                _at++;
                break;
            }

            if (c == '\\')
            {
                literal.Append(Escape());
            }
            else if (c == '$' && Peek(1) == '{')
            {
                parts.Add(literal.ToString());
                literal.Clear();
                _at += 2;
                // Each interpolation lexes its own tokens recursively; strings nested in strings past any real use
                // fail here rather than overflow the stack.
                if (++_interpolations > MaxInterpolationNesting)
                {
                    throw new ConfigParseException(path, line, $"strings nested in interpolations deeper than {MaxInterpolationNesting} levels; not read");
                }

                parts.Add(Until(closeBrace: true));
                _interpolations--;
            }
            else
            {
                literal.Append(c);
                _at++;
            }
        }

        parts.Add(literal.ToString());
        var value = parts.Count == 1 ? (string)parts[0] : string.Empty;
        return new BicepToken(BicepTokenKind.String, value, start, _at, line, column, parts);
    }

    private string Escape()
    {
        var next = Peek(1);
        _at += 2;
        switch (next)
        {
            case 'n':
                return "\n";
            case 'r':
                return "\r";
            case 't':
                return "\t";
            case 'u' when Peek() == '{':
                var close = text.IndexOf('}', _at);
                if (close > _at && int.TryParse(text.AsSpan(_at + 1, close - _at - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
                    && code <= 0x10FFFF)
                {
                    _at = close + 1;
                    return char.ConvertFromUtf32(code);
                }

                throw new ConfigParseException(path, _line, "a \\u{...} escape is not valid");
            case '\\' or '\'' or '$':
                return next.ToString();
            default:
                throw new ConfigParseException(path, _line, $"'\\{next}' is not a Bicep escape");
        }
    }

    /// <summary><c>'''...'''</c> is verbatim: no escapes, no interpolation; a newline right after the opening quotes is not part of it.</summary>
    private BicepToken MultiLineString()
    {
        var start = _at;
        var (line, column) = (_line, Column(_at));
        var close = text.IndexOf("'''", _at + 3, StringComparison.Ordinal);
        if (close < 0)
        {
            throw new ConfigParseException(path, line, $"a multi-line string that starts at column {column} is not closed");
        }

        // More quotes right before the closing ones belong to the value: '''it's''''' ends at the last three.
        while (close + 3 < text.Length && text[close + 3] == '\'')
        {
            close++;
        }

        var value = text[(start + 3)..close];
        value = value.StartsWith("\r\n", StringComparison.Ordinal) ? value[2..] : value.StartsWith('\n') ? value[1..] : value;
        for (var i = start; i < close; i++)
        {
            if (text[i] == '\n')
            {
                NewLine(i);
            }
        }

        _at = close + 3;
        return new BicepToken(BicepTokenKind.String, value, start, _at, line, column, [value]);
    }

    private void BlockComment()
    {
        var line = _line;
        var close = text.IndexOf("*/", _at + 2, StringComparison.Ordinal);
        if (close < 0)
        {
            throw new ConfigParseException(path, line, "a /* comment is not closed");
        }

        for (var i = _at; i < close; i++)
        {
            if (text[i] == '\n')
            {
                NewLine(i);
            }
        }

        _at = close + 2;
    }

    private void NewLine(int at)
    {
        _line++;
        _lineStart = at + 1;
    }

    private BicepToken Token(BicepTokenKind kind, string value, int start, int length) =>
        new(kind, value, start, start + length, _line, Column(start));

    private int Column(int at) => at - _lineStart + 1;

    private char Peek(int ahead = 0) => _at + ahead < text.Length ? text[_at + ahead] : '\0';
}
