using System.Text;

namespace RegionLens.Scanner.Configuration.Terraform;

public sealed partial class HclLexer
{
    private HclToken ReadHeredoc()
    {
        var start = Here;
        var from = _offset;
        Advance(2);
        var indented = Current == '-';
        if (indented)
        {
            Advance();
        }

        var marker = ReadWhile(IsIdentifierPart);
        if (Current == '\r')
        {
            Advance();
        }

        if (marker.Length == 0 || Current != '\n')
        {
            throw HclParseException.At(start, "a heredoc marker must be an identifier followed by a newline");
        }

        Advance();
        var (close, closeEnd) = FindHeredocEnd(marker) ?? throw HclParseException.At(start, $"unterminated heredoc: no line '{marker}' closes it");
        var contentStart = _offset;
        var parts = ReadTemplateParts(start, close);
        if (_offset > close)
        {
            throw HclParseException.At(start, $"a template sequence runs past the end of heredoc '{marker}'");
        }

        if (indented)
        {
            parts = Dedent(parts, _text[contentStart..close]);
        }

        Advance(closeEnd - _offset);
        return new HclToken(HclTokenKind.HeredocTemplate, _text[from.._offset], start, parts);
    }

    /// <summary>The offsets where the closing marker line starts and where its marker ends.</summary>
    private (int Start, int End)? FindHeredocEnd(string marker)
    {
        var lineStart = _offset;
        while (lineStart < _text.Length)
        {
            var lineEnd = _text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? _text.Length : lineEnd;
            var line = _text.AsSpan(lineStart, lineEnd - lineStart);
            if (line.Trim().SequenceEqual(marker))
            {
                return (lineStart, lineStart + line.TrimEnd().Length);
            }

            lineStart = lineEnd + 1;
        }

        return null;
    }

    /// <summary>
    /// <c>&lt;&lt;-</c> removes the indentation that every non-blank line shares, so a policy can be indented with
    /// the code around it.
    /// </summary>
    private static List<HclTemplateToken> Dedent(List<HclTemplateToken> parts, string content)
    {
        var indent = content.Split('\n')
            .Where(line => line.Trim().Length > 0)
            .Select(line => line.Length - line.TrimStart(' ', '\t').Length)
            .DefaultIfEmpty(0)
            .Min();
        var atLineStart = true;
        var result = new List<HclTemplateToken>();
        foreach (var part in parts)
        {
            if (part.Kind != HclTemplatePartKind.Literal)
            {
                atLineStart = false;
                result.Add(part);
                continue;
            }

            var text = new StringBuilder();
            for (var i = 0; i < part.Text.Length; i++)
            {
                if (atLineStart)
                {
                    var skipped = 0;
                    while (skipped < indent && i < part.Text.Length && part.Text[i] is ' ' or '\t')
                    {
                        i++;
                        skipped++;
                    }

                    atLineStart = false;
                    if (i == part.Text.Length)
                    {
                        break;
                    }
                }

                text.Append(part.Text[i]);
                atLineStart = part.Text[i] == '\n';
            }

            if (text.Length > 0)
            {
                result.Add(part with { Text = text.ToString() });
            }
        }

        return result;
    }
}
