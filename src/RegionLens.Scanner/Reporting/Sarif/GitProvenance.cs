using System.Text.RegularExpressions;
using RegionLens.Core.Classification;

namespace RegionLens.Scanner.Reporting.Sarif;

/// <summary>The repository and commit a scan root is checked out from, read from the <c>.git</c> files: running git
/// would add a process, a dependency and its configuration to every scan. <see cref="PathFromTop"/> is the scan root
/// relative to the repository's top folder, as a URI reference ending in a slash (<c>samples/OutageShaped/</c>), empty
/// when the scan root is the top, where result paths and repository paths agree.</summary>
internal sealed partial record GitProvenance(string RepositoryUri, string? RevisionId, string? Branch, string PathFromTop)
{
    public bool IsRoot => PathFromTop.Length == 0;

    public static GitProvenance? Find(string scanRoot)
    {
        for (var folder = new DirectoryInfo(scanRoot); folder is not null; folder = folder.Parent)
        {
            var dotGit = Path.Combine(folder.FullName, ".git");
            var gitDir = Directory.Exists(dotGit) ? dotGit : File.Exists(dotGit) ? LinkedGitDir(dotGit) : null;
            if (gitDir is null)
            {
                continue;
            }

            var relative = Path.GetRelativePath(folder.FullName, Path.GetFullPath(scanRoot));
            return Read(gitDir, relative == "." ? string.Empty : SarifText.Uri(relative) + "/");
        }

        return null;
    }

    private static GitProvenance? Read(string gitDir, string pathFromTop)
    {
        // A worktree keeps its own HEAD but shares config and refs with the main repository (named in "commondir").
        var commonDir = ReadLine(Path.Combine(gitDir, "commondir")) is { } common ? Path.GetFullPath(Path.Combine(gitDir, common)) : gitDir;
        var origin = OriginUrl(Path.Combine(commonDir, "config"));
        if (origin is null)
        {
            return null;
        }

        var head = ReadLine(Path.Combine(gitDir, "HEAD"));
        if (head is not null && head.StartsWith("ref: ", StringComparison.Ordinal))
        {
            var reference = head[5..].Trim();
            var branch = reference.StartsWith("refs/heads/", StringComparison.Ordinal) ? reference[11..] : null;
            return new GitProvenance(origin, ResolveRef(gitDir, commonDir, reference), branch, pathFromTop);
        }

        return new GitProvenance(origin, IsCommitId(head) ? head : null, null, pathFromTop);
    }

    private static string? LinkedGitDir(string dotGitFile)
    {
        var line = ReadLine(dotGitFile);
        if (line is null || !line.StartsWith("gitdir:", StringComparison.Ordinal))
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(dotGitFile)!, line[7..].Trim()));
        return Directory.Exists(path) ? path : null;
    }

    private static string? ResolveRef(string gitDir, string commonDir, string reference)
    {
        foreach (var dir in new[] { gitDir, commonDir })
        {
            if (ReadLine(Path.Combine(dir, reference)) is { } loose && IsCommitId(loose))
            {
                return loose;
            }
        }

        var packed = Path.Combine(commonDir, "packed-refs");
        if (!File.Exists(packed))
        {
            return null;
        }

        foreach (var line in File.ReadLines(packed))
        {
            var parts = line.Split(' ', 2);
            if (parts.Length == 2 && parts[1].Trim() == reference && IsCommitId(parts[0]))
            {
                return parts[0];
            }
        }

        return null;
    }

    /// <summary>The url of <c>[remote "origin"]</c>, as a shareable URI: credentials dropped, scp-like
    /// <c>git@host:owner/repo</c> turned into <c>ssh://host/owner/repo</c>; null for a local path.</summary>
    internal static string? OriginUrl(string configPath)
    {
        if (!File.Exists(configPath))
        {
            return null;
        }

        var inOrigin = false;
        foreach (var raw in File.ReadLines(configPath))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                inOrigin = OriginSection().IsMatch(line);
            }
            else if (inOrigin && UrlEntry().Match(line) is { Success: true } url)
            {
                return Shareable(url.Groups[1].Value.Trim().Trim('"'));
            }
        }

        return null;
    }

    private static string? Shareable(string url)
    {
        if (ScpLike().Match(url) is { Success: true } scp)
        {
            url = "ssh://" + scp.Groups[1].Value + "/" + scp.Groups[2].Value;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.IsFile || uri.IsUnc)
        {
            return null;
        }

        // A token or password in the remote URL must not reach the report.
        var builder = new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty };
        return builder.Uri.IsDefaultPort ? builder.Uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped)
            : builder.Uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Port | UriComponents.Path, UriFormat.UriEscaped);
    }

    private static string? ReadLine(string path) => File.Exists(path) ? File.ReadLines(path).FirstOrDefault()?.Trim() : null;

    private static bool IsCommitId(string? text) => text is not null && CommitId().IsMatch(text);

    [GeneratedRegex(@"^\[remote\s+""origin""\]$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex OriginSection();

    [GeneratedRegex(@"^url\s*=\s*(.+)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex UrlEntry();

    [GeneratedRegex(@"^(?:[^@/:]+@)?([^/:]+):(?!//)(.+)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex ScpLike();

    [GeneratedRegex("^[0-9a-f]{40}([0-9a-f]{24})?$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex CommitId();
}
