using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace RegionLens.Core.Classification;

/// <summary>
/// A small reader for the JSON data files embedded in the core. The core also runs inside the compiler as an analyzer,
/// where an extra JSON package would have to travel with it and could clash with the compiler's own copy, so the few
/// constructs the data files use are read here: objects become dictionaries, arrays lists, numbers doubles.
/// </summary>
internal sealed class JsonText
{
    private readonly string _text;
    private int _at;

    private JsonText(string text) => _text = text;

    /// <summary>Reads one JSON value that fills the whole text; throws <see cref="InvalidDataException"/> otherwise.</summary>
    public static object? Parse(string text)
    {
        var reader = new JsonText(text);
        var value = reader.Value();
        reader.SkipSpace();
        return reader._at == text.Length ? value : throw reader.Error("text after the value");
    }

    private object? Value()
    {
        SkipSpace();
        var next = _at < _text.Length ? _text[_at] : '\0';
        return next switch
        {
            '{' => Object(),
            '[' => Array(),
            '"' => String(),
            't' => Word("true", true),
            'f' => Word("false", false),
            'n' => Word("null", null),
            '-' or (>= '0' and <= '9') => Number(),
            _ => throw Error("a value was expected"),
        };
    }

    private Dictionary<string, object?> Object()
    {
        var members = new Dictionary<string, object?>(StringComparer.Ordinal);
        _at++;
        if (Next('}'))
        {
            return members;
        }

        do
        {
            SkipSpace();
            var at = _at;
            var name = Peek('"') ? String() : throw Error("a member name was expected");
            Expect(':');
            if (members.ContainsKey(name))
            {
                _at = at;
                throw Error($"member '{name}' is repeated");
            }

            members[name] = Value();
        }
        while (Next(','));

        Expect('}');
        return members;
    }

    private List<object?> Array()
    {
        var items = new List<object?>();
        _at++;
        if (Next(']'))
        {
            return items;
        }

        do
        {
            items.Add(Value());
        }
        while (Next(','));

        Expect(']');
        return items;
    }

    private string String()
    {
        var text = new StringBuilder();
        _at++;
        while (_at < _text.Length && _text[_at] != '"')
        {
            var c = _text[_at++];
            if (c < ' ')
            {
                throw Error("a control character in a string");
            }

            text.Append(c == '\\' ? Escape() : c);
        }

        Expect('"');
        return text.ToString();
    }

    private char Escape()
    {
        var c = _at < _text.Length ? _text[_at++] : '\0';
        switch (c)
        {
            case '"' or '\\' or '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u' when _at + 4 <= _text.Length
                && ushort.TryParse(_text.Substring(_at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                _at += 4;
                return (char)code;
            default:
                throw Error("a bad escape in a string");
        }
    }

    private double Number()
    {
        var start = _at;
        while (_at < _text.Length && "+-.eE0123456789".IndexOf(_text[_at]) >= 0)
        {
            _at++;
        }

        return double.TryParse(_text.Substring(start, _at - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Error("a bad number");
    }

    private object? Word(string word, object? value)
    {
        if (string.CompareOrdinal(_text, _at, word, 0, word.Length) != 0)
        {
            throw Error("a value was expected");
        }

        _at += word.Length;
        return value;
    }

    private bool Next(char c)
    {
        SkipSpace();
        if (!Peek(c))
        {
            return false;
        }

        _at++;
        return true;
    }

    private void Expect(char c)
    {
        if (!Next(c))
        {
            throw Error($"'{c}' was expected");
        }
    }

    private bool Peek(char c) => _at < _text.Length && _text[_at] == c;

    private void SkipSpace()
    {
        while (_at < _text.Length && _text[_at] is ' ' or '\t' or '\r' or '\n')
        {
            _at++;
        }
    }

    private InvalidDataException Error(string problem) => new($"Malformed JSON at offset {_at}: {problem}.");
}
