namespace RegionLens.Scanner.UserConfiguration;

/// <summary>
/// Finds and reads <c>regionlens.json</c> (PRODUCT: <c>--config FILE</c>, by default the <c>regionlens.json</c> in
/// the scanned folder or its parents). Comments and trailing commas are allowed, as in <c>appsettings.json</c>, so the
/// file can say why each setting is there.
/// </summary>
public static class RegionLensConfigReader
{
    public const string FileName = "regionlens.json";

    /// <exception cref="RegionLensConfigException">The file is missing, unreadable, not JSON, or has an unknown key or a
    /// wrong value; the message names the line and the key.</exception>
    public static RegionLensConfig Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new RegionLensConfigException(path, 0, $"config file not found: {path}; check the --config path, or run `regionlens init` to write a regionlens.json");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RegionLensConfigException(path, 0, $"cannot read {path}: {e.Message}; check that it is a file you may read, or give another with --config");
        }

        return new RegionLensConfigParser(path, bytes).Parse();
    }

    /// <summary>
    /// The <c>regionlens.json</c> in <paramref name="scanRoot"/> (a folder, or a solution or project file's folder) or
    /// the nearest parent that has one; null when there is none. The walk stops at the repository's top (a folder with
    /// <c>.git</c>, checked first) so that a file outside the repository never configures it, and at the filesystem root.
    /// </summary>
    public static string? Find(string scanRoot)
    {
        var full = Path.GetFullPath(scanRoot);
        var start = File.Exists(full) ? Path.GetDirectoryName(full)! : full;
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            // A worktree or submodule has a .git file rather than a folder; either marks the repository's top.
            var git = Path.Combine(folder.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return null;
            }
        }

        return null;
    }
}
