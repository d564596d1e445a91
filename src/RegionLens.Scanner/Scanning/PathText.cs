namespace RegionLens.Scanner.Scanning;

/// <summary>Paths as every output shows them: relative to the scan root, with forward slashes.</summary>
public static class PathText
{
    public static string Relative(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative.Replace('\\', '/');
    }

    public static string StripRoot(string root, string text)
    {
        var prefix = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        return text.Replace(prefix, string.Empty, StringComparison.Ordinal);
    }
}
