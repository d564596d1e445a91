using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace RegionLens.Analyzers;

/// <summary>
/// The pieces of code after a comment, as 1-based first and last lines, for the next-line rule: tokens, and trivia
/// that is not whitespace or a comment (preprocessor directives, disabled text, skipped tokens), since the scanner's
/// lexer counts those lines as code too.
/// </summary>
internal static class SourceCode
{
    public static IEnumerable<(int First, int Last)> After(SyntaxTrivia comment, SourceText text)
    {
        var from = comment.Span.End;
        for (var token = comment.Token; token.RawKind != 0; token = token.GetNextToken(includeZeroWidth: true))
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                if (trivia.SpanStart >= from && IsCode(trivia))
                {
                    yield return Lines(trivia.Span, text);
                }
            }

            if (token.SpanStart >= from && token.Span.Length > 0)
            {
                yield return Lines(token.Span, text);
            }

            foreach (var trivia in token.TrailingTrivia)
            {
                if (trivia.SpanStart >= from && IsCode(trivia))
                {
                    yield return Lines(trivia.Span, text);
                }
            }
        }
    }

    private static bool IsCode(SyntaxTrivia trivia) => trivia.Span.Length > 0 && trivia.Kind() switch
    {
        SyntaxKind.WhitespaceTrivia or SyntaxKind.EndOfLineTrivia or SyntaxKind.SingleLineCommentTrivia
            or SyntaxKind.MultiLineCommentTrivia or SyntaxKind.SingleLineDocumentationCommentTrivia
            or SyntaxKind.MultiLineDocumentationCommentTrivia => false,
        _ => true,
    };

    /// <summary>The last line is that of the last character, so a directive's own line break does not reach the
    /// next line.</summary>
    private static (int First, int Last) Lines(TextSpan span, SourceText text) =>
        (text.Lines.GetLinePosition(span.Start).Line + 1, text.Lines.GetLinePosition(span.End - 1).Line + 1);
}
