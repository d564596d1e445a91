namespace RegionLens.Scanner.Loading.ProjectData;

/// <summary>MSBuild's glob wildcards over path segments: <c>**</c> is any number of folders, <c>*</c> any characters
/// within a segment, <c>?</c> one character. Matching is linear in the segments' length, with no regular expressions.</summary>
internal static class GlobMatch
{
    public static bool Segments(ReadOnlySpan<string> pattern, ReadOnlySpan<string> path)
    {
        if (pattern.IsEmpty)
        {
            return path.IsEmpty;
        }

        if (pattern[0] == "**")
        {
            for (var skip = 0; skip <= path.Length; skip++)
            {
                if (Segments(pattern[1..], path[skip..]))
                {
                    return true;
                }
            }

            return false;
        }

        return !path.IsEmpty && Segment(pattern[0], path[0]) && Segments(pattern[1..], path[1..]);
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
