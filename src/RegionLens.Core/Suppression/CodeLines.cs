using System.Collections.Generic;

namespace RegionLens.Core.Suppression;

/// <summary>
/// The "next line that has code" rule of <c>regionlens-disable-next-line</c>, for every reader of comments: blank lines
/// and lines with only comments are skipped, so a directive can sit above a comment that explains the code; a line
/// inside a string or token that spans lines counts as code. The scanner gives its lexer's lines, the analyzer the
/// syntax tree's tokens and directives.
/// </summary>
public static class CodeLines
{
    /// <summary>The first line after <paramref name="line"/> that a piece of code touches, or 0 when none does.</summary>
    /// <param name="line">The directive's line, 1-based.</param>
    /// <param name="code">The 1-based first and last line of each piece of code, in the order of the text.</param>
    public static int NextAfter(int line, IEnumerable<(int First, int Last)> code)
    {
        foreach (var (first, last) in code)
        {
            if (last > line)
            {
                return first > line ? first : line + 1;
            }
        }

        return 0;
    }
}
