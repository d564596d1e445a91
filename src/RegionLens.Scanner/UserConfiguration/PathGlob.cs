namespace RegionLens.Scanner.UserConfiguration;

/// <summary>
/// The globs of <c>exclude</c>: paths relative to the scan root with forward slashes, anchored at the root.
/// <c>**</c> as a whole segment matches any number of folders (none included), <c>*</c> any characters within one
/// segment, <c>?</c> one character. A glob that matches a folder excludes everything below it. Matching is
/// case-sensitive, as paths are on Linux where CI runs.
/// </summary>
internal static class PathGlob
{
    private const string AnyFolders = "**";

    /// <summary>A glob is relative (no leading '/', no drive), uses forward slashes and is not empty.</summary>
    public static bool IsValid(string glob) =>
        glob.Length > 0 && !glob.StartsWith('/') && !glob.Contains('\\', StringComparison.Ordinal) && !Path.IsPathRooted(glob)
        && Segments(glob).Length > 0;

    public static bool Matches(string glob, string relativePath)
    {
        var pattern = Segments(glob);
        var path = Segments(relativePath.Replace('\\', '/'));
        for (var length = 1; length <= path.Length; length++)
        {
            if (MatchesFrom(pattern, 0, path.AsSpan(0, length), 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The segments without empty ones or <c>.</c>: <c>./deploy//k8s/</c> is <c>deploy/k8s</c>.</summary>
    private static string[] Segments(string text) =>
        text.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToArray();

    private static bool MatchesFrom(string[] pattern, int p, ReadOnlySpan<string> path, int s)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == AnyFolders)
            {
                // Collapse repeated "**" and try every number of folders for this one.
                while (p < pattern.Length && pattern[p] == AnyFolders)
                {
                    p++;
                }

                for (var skip = s; skip <= path.Length; skip++)
                {
                    if (MatchesFrom(pattern, p, path, skip))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (s >= path.Length || !SegmentMatches(pattern[p], path[s]))
            {
                return false;
            }

            p++;
            s++;
        }

        return s == path.Length;
    }

    /// <summary>'*' and '?' within one segment, with the usual single backtrack point for the last '*'.</summary>
    private static bool SegmentMatches(string pattern, string segment)
    {
        int p = 0, s = 0, star = -1, resume = 0;
        while (s < segment.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == segment[s]))
            {
                p++;
                s++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = s;
            }
            else if (star >= 0)
            {
                p = star + 1;
                s = ++resume;
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
