namespace RegionLens.Scanner.Configuration.Terraform;

/// <summary>
/// Splits HCL native syntax into tokens. Comments are skipped but collected; templates are split into parts here,
/// because where a <c>${…}</c> ends depends on the tokens inside it (nested strings and braces).
/// </summary>
public sealed partial class HclLexer
{
    // Templates nest inside interpolations inside templates; a hostile file must not overflow the stack.
    private const int MaxNesting = 64;

    private static readonly string[] ThreeCharacterPunctuation = ["..."];
    private static readonly string[] TwoCharacterPunctuation = ["==", "!=", "<=", ">=", "&&", "||", "=>", "::"];
    private const string OneCharacterPunctuation = "{}[]()=.,?:+-*/%<>!";

    private readonly string _text;
    private readonly List<HclComment> _comments = [];
    private int _offset;
    private int _line = 1;
    private int _column = 1;
    private int _nesting;

    private HclLexer(string text)
    {
        _text = text;
        // A byte-order mark is not text: columns count from the character after it.
        _offset = text.StartsWith('\uFEFF') ? 1 : 0;
    }

    /// <exception cref="HclParseException">An unterminated string, heredoc, comment or interpolation, or a stray character.</exception>
    public static HclTokens Tokenize(string text)
    {
        var lexer = new HclLexer(text);
        var tokens = lexer.ReadTokens(interpolationStart: null);
        return new HclTokens(tokens, lexer._comments);
    }

    private HclPosition Here => new(_line, _column);

    private bool AtEnd => _offset >= _text.Length;

    private char Current => Peek(0);

    private char Peek(int ahead) => _offset + ahead < _text.Length ? _text[_offset + ahead] : '\0';

    private void Advance(int count = 1)
    {
        for (var i = 0; i < count && !AtEnd; i++)
        {
            if (_text[_offset] == '\n')
            {
                _line++;
                _column = 1;
            }
            else
            {
                _column++;
            }

            _offset++;
        }
    }

    /// <summary>Reads to the end of the file, or, inside an interpolation, to its closing brace.</summary>
    private List<HclToken> ReadTokens(HclPosition? interpolationStart)
    {
        var tokens = new List<HclToken>();
        var braces = 0;
        while (true)
        {
            SkipSpaceAndComments();
            var start = Here;
            if (AtEnd)
            {
                if (interpolationStart is { } open)
                {
                    throw HclParseException.At(open, "unterminated template sequence: no '}' closes it");
                }

                tokens.Add(new HclToken(HclTokenKind.EndOfFile, "", start));
                return tokens;
            }

            if (interpolationStart is not null && braces == 0 && (Current == '}' || (Current == '~' && Peek(1) == '}')))
            {
                Advance(Current == '~' ? 2 : 1);
                tokens.Add(new HclToken(HclTokenKind.EndOfFile, "", start));
                return tokens;
            }

            var token = ReadToken();
            braces += token.Is("{") ? 1 : token.Is("}") ? -1 : 0;
            tokens.Add(token);
        }
    }

    private HclToken ReadToken()
    {
        var start = Here;
        var c = Current;
        if (c == '\n')
        {
            Advance();
            return new HclToken(HclTokenKind.Newline, "\n", start);
        }

        if (IsIdentifierStart(c))
        {
            return new HclToken(HclTokenKind.Identifier, ReadWhile(IsIdentifierPart), start);
        }

        if (char.IsAsciiDigit(c))
        {
            return new HclToken(HclTokenKind.Number, ReadNumber(), start);
        }

        if (c == '"')
        {
            return ReadQuoted();
        }

        if (c == '<' && Peek(1) == '<' && (Peek(2) == '-' || IsIdentifierStart(Peek(2))))
        {
            return ReadHeredoc();
        }

        var punctuation = ThreeCharacterPunctuation.Concat(TwoCharacterPunctuation)
            .FirstOrDefault(p => string.CompareOrdinal(_text, _offset, p, 0, p.Length) == 0);
        punctuation ??= OneCharacterPunctuation.Contains(c, StringComparison.Ordinal) ? c.ToString() : null;
        if (punctuation is null)
        {
            throw HclParseException.At(start, $"unexpected character '{c}'");
        }

        Advance(punctuation.Length);
        return new HclToken(HclTokenKind.Punctuation, punctuation, start);
    }

    private string ReadWhile(Func<char, bool> accept)
    {
        var start = _offset;
        while (!AtEnd && accept(Current))
        {
            Advance();
        }

        return _text[start.._offset];
    }

    private string ReadNumber()
    {
        var start = _offset;
        ReadWhile(char.IsAsciiDigit);
        // "a.0.b" is a legacy index, so a dot is a fraction only when a digit follows it.
        if (Current == '.' && char.IsAsciiDigit(Peek(1)))
        {
            Advance();
            ReadWhile(char.IsAsciiDigit);
        }

        if ((Current is 'e' or 'E') && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
        {
            Advance(2);
            ReadWhile(char.IsAsciiDigit);
        }

        return _text[start.._offset];
    }

    private void SkipSpaceAndComments()
    {
        while (!AtEnd)
        {
            var c = Current;
            if (c is ' ' or '\t' or '\r')
            {
                Advance();
            }
            else if (c == '#' || (c == '/' && Peek(1) == '/'))
            {
                var start = Here;
                _comments.Add(new HclComment(ReadWhile(ch => ch is not ('\n' or '\r')), start));
            }
            else if (c == '/' && Peek(1) == '*')
            {
                ReadBlockComment();
            }
            else
            {
                return;
            }
        }
    }

    private void ReadBlockComment()
    {
        var start = Here;
        var from = _offset;
        var close = _text.IndexOf("*/", _offset + 2, StringComparison.Ordinal);
        if (close < 0)
        {
            throw HclParseException.At(start, "unterminated comment: no '*/' closes it");
        }

        Advance(close + 2 - _offset);
        _comments.Add(new HclComment(_text[from.._offset], start));
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';
}
