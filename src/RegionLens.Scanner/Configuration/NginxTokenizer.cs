using System.Text;
using RegionLens.Core.Model;

namespace RegionLens.Scanner.Configuration;

internal enum NginxTokenKind
{
    Word,
    Semicolon,
    OpenBrace,
    CloseBrace,
}

/// <summary>A word (quotes removed; positioned at its opening quote if quoted) or one of <c>; { }</c>.</summary>
internal sealed record NginxToken(NginxTokenKind Kind, string Value, SourceLocation Location);

/// <summary>Splits nginx configuration into words, quoted strings and <c>; { }</c>, dropping <c>#</c> comments.</summary>
internal sealed class NginxTokenizer(string path, string text)
{
    private int _index;
    private int _line = 1;
    private int _column = 1;

    /// <exception cref="ConfigParseException">A quoted string is not closed; reported on the line where it opens.</exception>
    public IEnumerable<NginxToken> Tokens()
    {
        while (SkipSpacesAndComments())
        {
            var at = new SourceLocation(path, _line, _column);
            var c = text[_index];
            if (c is ';' or '{' or '}')
            {
                Advance();
                yield return new NginxToken(c switch { ';' => NginxTokenKind.Semicolon, '{' => NginxTokenKind.OpenBrace, _ => NginxTokenKind.CloseBrace }, c.ToString(), at);
                continue;
            }

            yield return new NginxToken(NginxTokenKind.Word, c is '"' or '\'' ? Quoted(at) : Bare(), at);
        }
    }

    /// <returns>Whether a token follows.</returns>
    private bool SkipSpacesAndComments()
    {
        while (_index < text.Length)
        {
            if (char.IsWhiteSpace(text[_index]))
            {
                Advance();
            }
            else if (text[_index] == '#')
            {
                while (_index < text.Length && text[_index] != '\n')
                {
                    Advance();
                }
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private string Bare()
    {
        var start = _index;
        while (_index < text.Length && !char.IsWhiteSpace(text[_index]) && text[_index] is not (';' or '{' or '}'))
        {
            // ${name} is a variable, not the start of a block.
            var inVariable = text[_index] == '$' && _index + 1 < text.Length && text[_index + 1] == '{';
            Advance();
            while (inVariable && _index < text.Length && text[_index] != '}')
            {
                Advance();
            }

            if (inVariable && _index < text.Length)
            {
                Advance();
            }
        }

        return text[start.._index];
    }

    private string Quoted(SourceLocation at)
    {
        var quote = text[_index];
        var value = new StringBuilder();
        Advance();
        while (_index < text.Length && text[_index] != quote)
        {
            // nginx unescapes only the quote and the backslash; other escapes keep their backslash.
            if (text[_index] == '\\' && _index + 1 < text.Length && text[_index + 1] is '"' or '\'' or '\\')
            {
                Advance();
            }

            value.Append(text[_index]);
            Advance();
        }

        if (_index == text.Length)
        {
            throw new ConfigParseException(path, at.Line, $"unterminated {quote} quote");
        }

        Advance();
        return value.ToString();
    }

    private void Advance()
    {
        if (text[_index] == '\n')
        {
            _line++;
            _column = 0;
        }

        _column++;
        _index++;
    }
}
