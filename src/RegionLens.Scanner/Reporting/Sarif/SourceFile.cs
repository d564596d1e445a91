namespace RegionLens.Scanner.Reporting.Sarif;

/// <summary>One scanned file's text, split into lines the way the line hash counts them.</summary>
internal sealed class SourceFile(string text)
{
    private readonly string[] _lines = text.Split(["\r\n", "\r", "\n"], StringSplitOptions.None);
    private IReadOnlyList<string>? _hashes;

    public string? LineHash(int line)
    {
        _hashes ??= Sarif.LineHash.Compute(text);
        return line >= 1 && line <= _hashes.Count ? _hashes[line - 1] : null;
    }

    /// <summary>The column just past the value that starts at <paramref name="column"/> (both 1-based): a quoted
    /// string up to its closing quote, else a run of characters up to a space or punctuation that ends a value.</summary>
    public int? EndColumn(int line, int column)
    {
        if (line < 1 || line > _lines.Length || column < 1 || column > _lines[line - 1].Length)
        {
            return null;
        }

        var text = _lines[line - 1];
        var start = column - 1;
        int end;
        if (text[start] is '"' or '\'')
        {
            var close = text.IndexOf(text[start], start + 1);
            end = close < 0 ? text.Length : close + 1;
        }
        else
        {
            end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && ",;()[]{}<>=\"'".IndexOf(text[end], StringComparison.Ordinal) < 0)
            {
                end++;
            }
        }

        return end > start ? end + 1 : null;
    }
}
