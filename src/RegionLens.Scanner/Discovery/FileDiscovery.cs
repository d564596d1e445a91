using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Discovery;

/// <summary>A configuration or infrastructure file found under the scan root, with its decoded text.</summary>
public sealed record DiscoveredFile(string Path, FileKind Kind, string Text);

/// <summary>
/// Walks the scan root for the configuration and infrastructure files RegionLens reads. It honours every
/// <c>.gitignore</c> on the way and the default excludes (build output, VCS and dependency folders); it does not
/// follow symbolic links to folders (no loops) nor to files outside the root; it never opens a pipe or device
/// (<see cref="ReadableFile"/>); it reads at most <see cref="MaxFiles"/> files; and it reports each file it skips —
/// too large, binary, not decodable — as a notification, so that nothing is dropped silently.
/// </summary>
public static class FileDiscovery
{
    public const long MaxFileBytes = ReadableFile.MaxBytes;

    /// <summary>Configuration and infrastructure files read in one scan: far more than a real repository has, few
    /// enough that their text fits in memory (at most <see cref="MaxFileBytes"/> each, a few KB as a rule).</summary>
    public const int MaxFiles = 100_000;

    private static readonly string[] ContentKindExtensions = [".yaml", ".yml", ".json", ".conf"];

    public static IReadOnlyList<DiscoveredFile> Discover(string root, Notifications notifications, int maxFiles = MaxFiles)
    {
        var walk = new Walker(root, notifications, maxFiles);
        walk.Folder(root, []);
        return [.. walk.Found.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private sealed class Walker(string root, Notifications notifications, int maxFiles)
    {
        private int _candidates;

        public List<DiscoveredFile> Found { get; } = [];

        public void Folder(string folder, IReadOnlyList<(string Folder, GitIgnore Rules)> ignores) =>
            Walk(root, folder, ignores, notifications, this);

        /// <summary>False once the cap is reached; the first file past it gives the one notification.</summary>
        public bool TakeOne()
        {
            if (++_candidates == maxFiles + 1)
            {
                notifications.Add(NotificationLevel.Warning,
                    $"stopped reading files: more than {maxFiles} configuration and infrastructure files; the rest are not scanned", root);
            }

            return _candidates <= maxFiles;
        }
    }

    private static void Walk(string root, string folder, IReadOnlyList<(string Folder, GitIgnore Rules)> ignores, Notifications notifications, Walker walker)
    {
        var gitignore = Path.Combine(folder, ".gitignore");
        if (File.Exists(gitignore))
        {
            ignores = [.. ignores, (folder, GitIgnore.Read(gitignore))];
        }

        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notifications.Add(NotificationLevel.Warning, $"could not list folder: {e.Message}", folder);
            return;
        }

        foreach (var entry in entries)
        {
            var isFolder = entry is DirectoryInfo;
            if (IsIgnored(entry.FullName, isFolder, ignores) || (isFolder && SourceTree.IsExcludedFolder(entry.Name)))
            {
                continue;
            }

            if (isFolder)
            {
                if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    notifications.Add(NotificationLevel.Note, "skipped: a symbolic link to a folder is not followed", entry.FullName);
                    continue;
                }

                Walk(root, entry.FullName, ignores, notifications, walker);
            }
            else if (Read(root, (FileInfo)entry, notifications, walker) is { } file)
            {
                walker.Found.Add(file);
            }
        }
    }

    private static DiscoveredFile? Read(string root, FileInfo file, Notifications notifications, Walker walker)
    {
        var byName = FileKinds.ByName(file.FullName);
        if (byName is null && !ContentKindExtensions.Contains(file.Extension.ToLowerInvariant()))
        {
            return null;
        }

        if (!walker.TakeOne())
        {
            return null;
        }

        if (ReadableFile.SkipReason(root, file.FullName) is { } reason)
        {
            notifications.Add(NotificationLevel.Note, reason, file.FullName);
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notifications.Add(NotificationLevel.Warning, $"could not read: {e.Message}", file.FullName);
            return null;
        }

        if (TextDecoding.Decode(bytes) is not { } text)
        {
            notifications.Add(NotificationLevel.Warning, TextDecoding.LooksBinary(bytes) ? "skipped: binary content" : "skipped: not valid UTF-8 or UTF-16 text", file.FullName);
            return null;
        }

        var kind = byName ?? FileKinds.ByContent(file.FullName, text);
        return kind is { } known ? new DiscoveredFile(file.FullName, known, text) : null;
    }

    private static bool IsIgnored(string path, bool isFolder, IReadOnlyList<(string Folder, GitIgnore Rules)> ignores)
    {
        var ignored = false;
        foreach (var (folder, rules) in ignores)
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (rules.Decides(relative, isFolder) is { } decision)
            {
                ignored = decision;
            }
        }

        return ignored;
    }
}
