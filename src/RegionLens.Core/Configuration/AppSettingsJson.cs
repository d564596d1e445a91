using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace RegionLens.Core.Configuration;

/// <summary>One value of a configuration file under its flattened key (<c>AWS:Region</c>), with its 1-based line and
/// column.</summary>
public sealed class AppSettingsEntry
{
    public AppSettingsEntry(string key, string value, int line, int column)
    {
        Key = key;
        Value = value;
        Line = line;
        Column = column;
    }

    public string Key { get; }
    public string Value { get; }
    public int Line { get; }
    public int Column { get; }
}

/// <summary>
/// Flattens an <c>appsettings*.json</c> text into configuration keys, as Microsoft.Extensions.Configuration does
/// (array elements numbered, comments and trailing commas accepted), keeping where each value is written. It is for
/// the analyzers, which run inside the compiler where a JSON package could clash with the compiler's own; a text that
/// is not such JSON gives null, never an exception.
/// </summary>
public sealed class AppSettingsJson
{
    private readonly string _text;
    private readonly List<AppSettingsEntry> _entries = new();
    private int _at;
    private int _line = 1;
    private int _lineStart;

    private AppSettingsJson(string text) => _text = text;

    public static IReadOnlyList<AppSettingsEntry>? Flatten(string text)
    {
        var reader = new AppSettingsJson(text);
        try
        {
            reader.Skip();
            if (reader.Peek() == '\uFEFF')
            {
                reader._at++;
                reader.Skip();
            }

            reader.Value(null);
            reader.Skip();
            return reader._at == text.Length ? reader._entries : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary><c>appsettings.Production.json</c> → <c>Production</c>; <c>appsettings.json</c> → null.</summary>
    public static string? EnvironmentOf(string fileName)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(fileName);
        var dot = name.IndexOf('.');
        return dot < 0 ? null : name.Substring(dot + 1);
    }

    private char Peek() => _at < _text.Length ? _text[_at] : '\0';

    private void Value(string? key)
    {
        Skip();
        switch (Peek())
        {
            case '{':
                Members(key);
                break;
            case '[':
                Elements(key);
                break;
            default:
                var (line, column) = (_line, _at - _lineStart + 1);
                var scalar = Scalar();
                if (key is not null && scalar is not null)
                {
                    _entries.Add(new AppSettingsEntry(key, scalar, line, column));
                }

                break;
        }
    }

    private void Members(string? key)
    {
        _at++;
        while (true)
        {
            Skip();
            if (Peek() == '}')
            {
                _at++;
                return;
            }

            var name = String();
            Skip();
            Expect(':');
            Value(key is null ? name : key + ":" + name);
            if (!Separator('}'))
            {
                return;
            }
        }
    }

    private void Elements(string? key)
    {
        _at++;
        for (var index = 0; ; index++)
        {
            Skip();
            if (Peek() == ']')
            {
                _at++;
                return;
            }

            var position = index.ToString(CultureInfo.InvariantCulture);
            Value(key is null ? position : key + ":" + position);
            if (!Separator(']'))
            {
                return;
            }
        }
    }

    /// <summary>After a member or element: true when another may follow, false once the container is closed.</summary>
    private bool Separator(char close)
    {
        Skip();
        if (Peek() == ',')
        {
            _at++;
            return true;
        }

        Expect(close);
        return false;
    }

    private string? Scalar()
    {
        if (Peek() == '"')
        {
            return String();
        }

        var start = _at;
        while (_at < _text.Length && (char.IsLetterOrDigit(_text[_at]) || _text[_at] is '-' or '+' or '.'))
        {
            _at++;
        }

        var word = _text.Substring(start, _at - start);
        return word switch
        {
            "" => throw new FormatException("a value is expected"),
            "null" => null,
            "true" or "false" => word,
            _ when double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out _) => word,
            _ => throw new FormatException("not a JSON value"),
        };
    }

    private string String()
    {
        Expect('"');
        var value = new StringBuilder();
        while (true)
        {
            var c = _at < _text.Length ? _text[_at++] : throw new FormatException("unterminated string");
            if (c == '"')
            {
                return value.ToString();
            }

            if (c == '\n')
            {
                throw new FormatException("line break in a string");
            }

            value.Append(c == '\\' ? Escape() : c);
        }
    }

    private char Escape()
    {
        var c = _at < _text.Length ? _text[_at++] : throw new FormatException("unterminated escape");
        switch (c)
        {
            case 'n': return '\n';
            case 't': return '\t';
            case 'r': return '\r';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'u' when _at + 4 <= _text.Length
                && int.TryParse(_text.Substring(_at, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                _at += 4;
                return (char)code;
            case '"' or '\\' or '/': return c;
            default: throw new FormatException("bad escape");
        }
    }

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw new FormatException($"'{c}' expected");
        }

        _at++;
    }

    /// <summary>Skips white space and <c>//</c> and <c>/* */</c> comments, counting lines.</summary>
    private void Skip()
    {
        while (_at < _text.Length)
        {
            var c = _text[_at];
            if (c == '\n')
            {
                _at++;
                _line++;
                _lineStart = _at;
            }
            else if (char.IsWhiteSpace(c))
            {
                _at++;
            }
            else if (c == '/' && _at + 1 < _text.Length && _text[_at + 1] == '/')
            {
                while (_at < _text.Length && _text[_at] != '\n')
                {
                    _at++;
                }
            }
            else if (c == '/' && _at + 1 < _text.Length && _text[_at + 1] == '*')
            {
                var end = _text.IndexOf("*/", _at + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw new FormatException("unterminated comment");
                }

                for (; _at < end + 2; _at++)
                {
                    if (_text[_at] == '\n')
                    {
                        _line++;
                        _lineStart = _at + 1;
                    }
                }
            }
            else
            {
                return;
            }
        }
    }
}
