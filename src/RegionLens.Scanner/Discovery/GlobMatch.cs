namespace RegionLens.Scanner.Discovery;

/// <summary>
/// Glob wildcards over path segments, for every glob the scanned tree supplies (a project's <c>Compile</c> items, the
/// <c>exclude</c> of regionlens.json): <c>**</c> as a whole segment is any number of folders (none included), <c>*</c>
/// any characters within a segment, <c>?</c> one character. No regular expressions, and each pattern position is
/// decided against each path position once, so a hostile <c>**/a/**/a/**/…</c> over a deep path costs pattern × path
/// steps instead of every way to split the path between its <c>**</c>s.
/// </summary>
internal static class GlobMatch
{
    private const string AnyFolders = "**";

    /// <summary>Whether <paramref name="pattern"/> matches the whole of <paramref name="path"/>.</summary>
    public static bool Segments(ReadOnlySpan<string> pattern, ReadOnlySpan<string> path, bool ignoreCase = true) =>
        Reach(pattern, path, ignoreCase)[path.Length];

    /// <summary>For each length <c>n</c> from 0 to the path's, whether <paramref name="pattern"/> matches the path's first
    /// <c>n</c> segments: a pattern that matches a folder matches a leading part of the paths below it.</summary>
    public static bool[] Reach(ReadOnlySpan<string> pattern, ReadOnlySpan<string> path, bool ignoreCase)
    {
        var previous = new bool[path.Length + 1];
        previous[0] = true;
        foreach (var part in pattern)
        {
            var current = new bool[path.Length + 1];
            for (var s = 0; s <= path.Length; s++)
            {
                current[s] = part == AnyFolders
                    ? previous[s] || (s > 0 && current[s - 1])
                    : s > 0 && previous[s - 1] && Segment(part, path[s - 1], ignoreCase);
            }

            previous = current;
        }

        return previous;
    }

    /// <summary>One segment: greedy matching with a single backtrack point for the last <c>*</c>.</summary>
    public static bool Segment(string pattern, string text, bool ignoreCase = true)
    {
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || SameChar(pattern[p], text[t], ignoreCase)))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private static bool SameChar(char a, char b, bool ignoreCase) =>
        a == b || (ignoreCase && char.ToLowerInvariant(a) == char.ToLowerInvariant(b));
}
