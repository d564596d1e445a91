using RegionLens.Scanner.Discovery;

namespace RegionLens.Scanner.UserConfiguration;

/// <summary>
/// The globs of <c>exclude</c>: paths relative to the scan root with forward slashes, anchored at the root.
/// <c>**</c> as a whole segment matches any number of folders (none included), <c>*</c> any characters within one
/// segment, <c>?</c> one character. A glob that matches a folder excludes everything below it. Matching is
/// case-sensitive, as paths are on Linux where CI runs.
/// </summary>
internal static class PathGlob
{
    /// <summary>A glob is relative (no leading '/', no drive), uses forward slashes and is not empty.</summary>
    public static bool IsValid(string glob) =>
        glob.Length > 0 && !glob.StartsWith('/') && !glob.Contains('\\', StringComparison.Ordinal) && !Path.IsPathRooted(glob)
        && Segments(glob).Length > 0;

    public static bool Matches(string glob, string relativePath)
    {
        var path = Segments(relativePath.Replace('\\', '/'));

        // A glob that matches a folder covers everything below it: any non-empty leading part of the path will do.
        return GlobMatch.Reach(Segments(glob), path, ignoreCase: false).Skip(1).Any(matches => matches);
    }

    /// <summary>The segments without empty ones or <c>.</c>: <c>./deploy//k8s/</c> is <c>deploy/k8s</c>.</summary>
    private static string[] Segments(string text) =>
        text.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToArray();
}
