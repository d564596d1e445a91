namespace RegionLens.Scanner.Loading.ProjectData;

/// <summary>MSBuild's glob wildcards over path segments: <c>**</c> is any number of folders, <c>*</c> any characters
/// within a segment, <c>?</c> one character. Matching is linear in the segments' length, with no regular expressions.</summary>
internal static class GlobMatch
{
    public static bool Segments(ReadOnlySpan<string> pattern, ReadOnlySpan<string> path)
    {
        // matches[p, s]: pattern[p..] matches path[s..]. Filled from the ends, each pair is decided once, so a hostile
        // project file's "**/a/**/a/**/…" costs pattern × path steps instead of trying every way to split the path.
        var matches = new bool[pattern.Length + 1, path.Length + 1];
        matches[pattern.Length, path.Length] = true;
        for (var p = pattern.Length - 1; p >= 0; p--)
        {
            for (var s = path.Length; s >= 0; s--)
            {
                matches[p, s] = pattern[p] == "**"
                    ? matches[p + 1, s] || (s < path.Length && matches[p, s + 1])
                    : s < path.Length && matches[p + 1, s + 1] && Segment(pattern[p], path[s]);
            }
        }

        return matches[0, 0];
    }

    /// <summary>One segment: greedy matching with a single backtrack point for the last <c>*</c>.</summary>
    public static bool Segment(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(text[t])))
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
}
