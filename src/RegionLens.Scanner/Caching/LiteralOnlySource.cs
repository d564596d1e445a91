using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RegionLens.Scanner.Caching;

/// <summary>A string literal of a file, where it starts (0-based line and column) and as written.</summary>
internal sealed record LiteralRecord(int Line, int Column, string Text);

/// <summary>
/// After extraction the only stage that reads a project's C# is the search for data-store names, and it reads string
/// literal tokens and their positions only. For a file whose results come from the cache, that stage is given a tree
/// parsed from a stand-in text holding just those literals at their lines and columns, each closed by <c>;</c>: it
/// parses in a fraction of the time the file would, and gives the same literal tokens at the same places.
/// </summary>
internal static class LiteralOnlySource
{
    private static readonly HashSet<SyntaxKind> LiteralKinds =
    [
        SyntaxKind.StringLiteralToken, SyntaxKind.Utf8StringLiteralToken, SyntaxKind.SingleLineRawStringLiteralToken,
        SyntaxKind.MultiLineRawStringLiteralToken, SyntaxKind.Utf8SingleLineRawStringLiteralToken, SyntaxKind.Utf8MultiLineRawStringLiteralToken,
    ];

    public static IReadOnlyList<LiteralRecord> Of(SyntaxTree tree) =>
    [
        .. tree.GetRoot().DescendantTokens().Where(t => LiteralKinds.Contains(t.Kind())).Select(t =>
        {
            var start = t.GetLocation().GetLineSpan().StartLinePosition;
            return new LiteralRecord(start.Line, start.Character, t.Text);
        }),
    ];

    /// <summary>The stand-in text; null when the literals cannot be laid out at their places (then the file itself is
    /// parsed).</summary>
    public static string? Text(IReadOnlyList<LiteralRecord> literals)
    {
        var text = new StringBuilder();
        var (line, column) = (0, 0);
        foreach (var literal in literals)
        {
            if (literal.Line > line)
            {
                text.Append('\n', literal.Line - line);
                (line, column) = (literal.Line, 0);
            }

            if (literal.Line < line || literal.Column < column)
            {
                return null;
            }

            text.Append(' ', literal.Column - column).Append(literal.Text).Append(';');
            var (breaks, after) = LineBreaks(literal.Text);
            line += breaks;
            column = (breaks == 0 ? literal.Column + literal.Text.Length : after) + 1;
        }

        return text.ToString();
    }

    /// <summary>The line breaks in a literal (as the compiler counts them: CR LF is one) and the length of its last line.</summary>
    private static (int Breaks, int LastLine) LineBreaks(string text)
    {
        var (breaks, lastStart) = (0, 0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (c is '\r' or '\n' or '\u2028' or '\u2029' or '\u0085')
            {
                breaks++;
                lastStart = i + 1;
            }
        }

        return (breaks, text.Length - lastStart);
    }
}
