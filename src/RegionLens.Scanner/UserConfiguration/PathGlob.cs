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

        // reach[p, s]: pattern[..p] matches path[..s]. Each pair is decided once, so a glob such as "**/a/**/a/**/…" over
        // a deep path costs pattern × path steps instead of trying every way to split the path between its "**"s.
        var reach = new bool[pattern.Length + 1, path.Length + 1];
        reach[0, 0] = true;
        for (var p = 1; p <= pattern.Length; p++)
        {
            for (var s = 0; s <= path.Length; s++)
            {
                reach[p, s] = pattern[p - 1] == AnyFolders
                    ? reach[p - 1, s] || (s > 0 && reach[p, s - 1])
                    : s > 0 && reach[p - 1, s - 1] && SegmentMatches(pattern[p - 1], path[s - 1]);
            }
        }

        // A glob that matches a folder covers everything below it: any non-empty leading part of the path will do.
        for (var length = 1; length <= path.Length; length++)
        {
            if (reach[pattern.Length, length])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The segments without empty ones or <c>.</c>: <c>./deploy//k8s/</c> is <c>deploy/k8s</c>.</summary>
    private static string[] Segments(string text) =>
        text.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToArray();

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
