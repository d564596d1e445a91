using System.Text;

namespace RegionLens.Scanner.Configuration.Terraform;

public sealed partial class HclLexer
{
    private HclToken ReadQuoted()
    {
        var start = Here;
        var from = _offset;
        Advance();
        var parts = ReadTemplateParts(start, end: null);
        return new HclToken(HclTokenKind.QuotedTemplate, _text[from.._offset], start, parts);
    }

    /// <summary>Reads a quoted template up to its closing quote (<paramref name="end"/> null) or heredoc content up to <paramref name="end"/>.</summary>
    private List<HclTemplateToken> ReadTemplateParts(HclPosition start, int? end)
    {
        if (++_nesting > MaxNesting)
        {
            throw HclParseException.At(start, "templates are nested too deeply");
        }

        var parts = new List<HclTemplateToken>();
        var literal = new StringBuilder();
        var literalStart = Here;
        while (true)
        {
            if (end is { } limit ? _offset >= limit : AtEnd || Current == '\n')
            {
                if (end is null)
                {
                    throw HclParseException.At(start, "unterminated string: no closing '\"' on this line");
                }

                break;
            }

            var c = Current;
            if (end is null && c == '"')
            {
                Advance();
                break;
            }

            if (literal.Length == 0)
            {
                literalStart = Here;
            }

            if (c is '$' or '%' && Peek(1) == c && Peek(2) == '{')
            {
                // "$${" and "%%{" escape a sequence opener into literal text.
                literal.Append(c).Append('{');
                Advance(3);
            }
            else if (c is '$' or '%' && Peek(1) == '{')
            {
                Flush(parts, literal, literalStart);
                parts.Add(ReadSequence(c == '$' ? HclTemplatePartKind.Interpolation : HclTemplatePartKind.Directive));
            }
            else if (end is null && c == '\\')
            {
                literal.Append(ReadEscape(start));
            }
            else
            {
                literal.Append(c);
                Advance();
            }
        }

        Flush(parts, literal, literalStart);
        _nesting--;
        return parts;
    }

    private HclTemplateToken ReadSequence(HclTemplatePartKind kind)
    {
        var start = Here;
        var from = _offset;
        Advance(2);
        if (Current == '~')
        {
            Advance();
        }

        var tokens = ReadTokens(start);
        return new HclTemplateToken(kind, _text[from.._offset], start, tokens);
    }

    private static void Flush(List<HclTemplateToken> parts, StringBuilder literal, HclPosition start)
    {
        if (literal.Length > 0)
        {
            parts.Add(new HclTemplateToken(HclTemplatePartKind.Literal, literal.ToString(), start, []));
            literal.Clear();
        }
    }

    private string ReadEscape(HclPosition stringStart)
    {
        var start = Here;
        Advance();
        var c = Current;
        Advance();
        switch (c)
        {
            case 'n': return "\n";
            case 'r': return "\r";
            case 't': return "\t";
            case '"': return "\"";
            case '\\': return "\\";
            case 'u' or 'U':
                var digits = c == 'u' ? 4 : 8;
                var hex = ReadWhile(ch => char.IsAsciiHexDigit(ch) && digits-- > 0);
                if (hex.Length == (c == 'u' ? 4 : 8) && int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out var code)
                    && code <= 0x10FFFF && code is < 0xD800 or > 0xDFFF)
                {
                    return char.ConvertFromUtf32(code);
                }

                throw HclParseException.At(start, "invalid unicode escape");
            case '\0' or '\n':
                throw HclParseException.At(stringStart, "unterminated string: no closing '\"' on this line");
            default:
                throw HclParseException.At(start, $"invalid escape '\\{c}'");
        }
    }
}
