namespace RegionLens.Scanner.Caching;

/// <summary>Where a scan keeps what it can reuse on the next scan of the same tree. Null settings (the default for
/// <see cref="Scanning.ScanOptions"/>) mean no cache is read or written.</summary>
/// <param name="Directory">An absolute folder outside every scanned tree; created when first written.</param>
public sealed record CacheSettings(string Directory)
{
    public const string DirectoryVariable = "REGIONLENS_CACHE_DIR";

    /// <summary>The cache folder from the environment: <c>$REGIONLENS_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/regionlens</c>,
    /// else <c>$HOME/.cache/regionlens</c>; null when none is set, and then nothing is cached. Read through
    /// <paramref name="readVariable"/> so that a test (or an embedding host) decides what the scan sees.</summary>
    public static CacheSettings? FromEnvironment(Func<string, string?> readVariable)
    {
        var folder = NonEmpty(readVariable(DirectoryVariable))
            ?? (NonEmpty(readVariable("XDG_CACHE_HOME")) is { } xdg ? Path.Combine(xdg, "regionlens") : null)
            ?? (NonEmpty(readVariable("HOME")) is { } home ? Path.Combine(home, ".cache", "regionlens") : null);
        return folder is null ? null : new CacheSettings(Path.GetFullPath(folder));
    }

    /// <summary>Whether the cache folder lies inside the scanned tree: a scan never writes there, so such a cache is
    /// not used.</summary>
    public bool IsInside(string scanRoot)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(scanRoot));
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Directory));
        return string.Equals(folder, root, StringComparison.Ordinal)
            || folder.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
