namespace RegionLens.Scanner.Suppression;

/// <summary>The text of one comment on one line; <see cref="Column"/> (1-based) is where <see cref="Text"/> starts.
/// A block comment over several lines gives one piece per line.</summary>
internal sealed record CommentText(int Column, string Text);

/// <summary>One line of a file: its comments, and whether anything but comments and whitespace is on it.</summary>
internal sealed record CommentedLine(bool HasCode, IReadOnlyList<CommentText> Comments);

/// <summary>
/// Splits a file into lines and finds the comments on each, skipping strings so that <c>"a # b"</c> or
/// <c>"http://x"</c> is not taken for a comment. One-line strings end at the end of the line (an unterminated
/// string does not swallow the file); block comments, C# verbatim strings and triple-quoted strings carry over.
/// Not handled: C# interpolation holes that contain quotes, HCL heredocs, YAML block scalars — a directive-looking
/// text in those may be read as a comment or a comment may be missed, never a crash.
/// </summary>
internal sealed class CommentScanner
{
    private readonly CommentSyntax _syntax;
    private string _line = string.Empty;
    private int _position;
    private bool _hasCode;
    private List<CommentText> _comments = [];
    private string? _blockEnd;
    private char _quote;
    private int _quoteRun;
    private bool _verbatim;

    private CommentScanner(CommentSyntax syntax)
    {
        _syntax = syntax;
    }

    /// <summary>Lines split on <c>\n</c> with a trailing <c>\r</c> dropped, as the configuration readers count them,
    /// so line numbers agree with the findings' locations.</summary>
    public static IReadOnlyList<CommentedLine> Scan(string text, CommentSyntax syntax)
    {
        var scanner = new CommentScanner(syntax);
        return [.. text.Split('\n').Select(line => scanner.ScanLine(line.EndsWith('\r') ? line[..^1] : line))];
    }

    private CommentedLine ScanLine(string line)
    {
        _line = line;
        _position = 0;
        _hasCode = false;
        _comments = [];
        while (_position < _line.Length)
        {
            if (_blockEnd is not null)
            {
                ContinueBlockComment();
            }
            else if (_quote != '\0')
            {
                _hasCode = true;
                ContinueString();
            }
            else
            {
                ScanToken();
            }
        }

        if (_quote != '\0' && _quoteRun < 3 && !_verbatim)
        {
            _quote = '\0';
        }

        return new CommentedLine(_hasCode, _comments);
    }

    private void ScanToken()
    {
        var c = _line[_position];
        if (char.IsWhiteSpace(c))
        {
            _position++;
        }
        else if (_syntax.Slashes && At("//"))
        {
            AddComment(_position + 2, _line.Length);
            _position = _line.Length;
        }
        else if (_syntax.Slashes && At("/*"))
        {
            _blockEnd = "*/";
            _position += 2;
        }
        else if (_syntax.Markup && At("<!--"))
        {
            _blockEnd = "-->";
            _position += 4;
        }
        else if (_syntax.Hash && c == '#' && (_position == 0 || char.IsWhiteSpace(_line[_position - 1])))
        {
            AddComment(_position + 1, _line.Length);
            _position = _line.Length;
        }
        else if (_syntax.Quotes.Contains(c, StringComparison.Ordinal) && (!_syntax.QuotesOnlyAtTokenStart || AtTokenStart()))
        {
            _hasCode = true;
            OpenString(c);
        }
        else
        {
            _hasCode = true;
            _position++;
        }
    }

    private void OpenString(char quote)
    {
        var run = Run(quote, _position);
        _quote = quote;
        _verbatim = _syntax.VerbatimStrings && quote == '"' && IsVerbatimPrefix();
        if (_syntax.TripleQuoteStrings && run >= 3)
        {
            _quoteRun = run;
            _position += run;
        }
        else
        {
            _quoteRun = 1;
            _position++;
        }
    }

    private void ContinueString()
    {
        var c = _line[_position];
        if (_quoteRun >= 3)
        {
            var run = Run(_quote, _position);
            if (run >= _quoteRun)
            {
                _quote = '\0';
            }

            _position += Math.Max(run, 1);
        }
        else if (c == '\\' && EscapesWithBackslash())
        {
            _position += 2;
        }
        else if (c == _quote && !EscapesWithBackslash() && _position + 1 < _line.Length && _line[_position + 1] == _quote)
        {
            // A doubled quote inside a C# verbatim or YAML single-quoted string stands for one quote.
            _position += 2;
        }
        else
        {
            if (c == _quote)
            {
                _quote = '\0';
            }

            _position++;
        }
    }

    private void ContinueBlockComment()
    {
        var end = _line.IndexOf(_blockEnd!, _position, StringComparison.Ordinal);
        if (end < 0)
        {
            AddComment(_position, _line.Length);
            _position = _line.Length;
            return;
        }

        AddComment(_position, end);
        _position = end + _blockEnd!.Length;
        _blockEnd = null;
    }

    private void AddComment(int from, int to) => _comments.Add(new CommentText(from + 1, _line[from..to]));

    private bool At(string text) => string.CompareOrdinal(_line, _position, text, 0, text.Length) == 0;

    private int Run(char quote, int from)
    {
        var end = from;
        while (end < _line.Length && _line[end] == quote)
        {
            end++;
        }

        return end - from;
    }

    private bool AtTokenStart() => _position == 0 || _line[_position - 1] is ' ' or '\t' or ':' or '=' or ',' or '[' or '{' or '(' or '-';

    private bool IsVerbatimPrefix() =>
        (_position >= 1 && _line[_position - 1] == '@')
        || (_position >= 2 && _line[_position - 1] == '$' && _line[_position - 2] == '@');

    /// <summary>Backslash escapes everywhere but in C# verbatim strings and single-quoted YAML or shell strings.</summary>
    private bool EscapesWithBackslash() => !_verbatim && !(_quote == '\'' && _syntax.QuotesOnlyAtTokenStart);
}
