namespace RegionLens.Scanner.Discovery;

/// <summary>
/// Decides, before a file from the scanned tree is opened, whether it may be: every check uses the file system's
/// metadata only, because opening is already the danger — a named pipe blocks the scan forever, a device never ends,
/// and a symbolic link can lead to a file that is not the repository's (<c>/etc/passwd</c>).
/// </summary>
public static class ReadableFile
{
    /// <summary>Larger than any hand-written configuration or template; generated files this large hold no settings.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    public const string NotRegular = "skipped: empty, or not a regular file (a pipe or device is never opened)";

    public const string LinkOutside = "skipped: a symbolic link to a file outside the scan root is not followed";

    /// <summary>Why <paramref name="path"/> is not read, or null when it may be.</summary>
    public static string? SkipReason(string root, string path)
    {
        FileInfo file;
        try
        {
            file = new FileInfo(path);
            if (file.LinkTarget is not null)
            {
                if (file.ResolveLinkTarget(returnFinalTarget: true) is not FileInfo { Exists: true } target)
                {
                    return "skipped: a symbolic link whose target is missing or not a file";
                }

                if (!IsUnder(root, target.FullName))
                {
                    return LinkOutside;
                }

                file = target;
            }
        }
        catch (IOException e)
        {
            // A link loop (a → b → a) ends here.
            return $"skipped: the symbolic link cannot be resolved: {e.Message}";
        }

        // Pipes, sockets and devices report no length; neither does an empty file, which has nothing to read.
        return file.Length == 0 ? NotRegular
            : file.Length > MaxBytes ? $"skipped: {file.Length} bytes, larger than the {MaxBytes / (1024 * 1024)} MB limit"
            : null;
    }

    /// <summary>Whether <paramref name="path"/> (absolute and normalised) lies in <paramref name="root"/> or below it.</summary>
    public static bool IsUnder(string root, string path)
    {
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        return full == folder || full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
