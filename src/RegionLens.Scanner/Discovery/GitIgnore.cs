using System.Text;
using System.Text.RegularExpressions;

namespace RegionLens.Scanner.Discovery;

/// <summary>
/// The patterns of one <c>.gitignore</c> file, applied to paths relative to its folder: globs (<c>*</c>, <c>?</c>,
/// <c>**</c>), a leading or inner <c>/</c> anchoring to the folder, a trailing <c>/</c> for folders only, <c>!</c>
/// re-including, and <c>#</c> comments. The last matching pattern decides, as in git.
/// </summary>
public sealed class GitIgnore
{
    private readonly List<(Regex Pattern, bool Negated, bool FoldersOnly)> _rules = [];

    public GitIgnore(IEnumerable<string> lines)
    {
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var negated = line.StartsWith('!');
            if (negated)
            {
                line = line[1..];
            }

            var foldersOnly = line.EndsWith('/');
            line = line.TrimEnd('/');
            var anchored = line.Contains('/', StringComparison.Ordinal);
            line = line.TrimStart('/');
            if (line.Length > 0 && Compile((anchored ? "^" : "^(?:.*/)?") + GlobToRegex(line) + "$") is { } pattern)
            {
                _rules.Add((pattern, negated, foldersOnly));
            }
        }
    }

    public static GitIgnore Read(string path) => new(File.ReadAllLines(path));

    /// <param name="relativePath">Relative to the .gitignore's folder, with '/' separators.</param>
    public bool? Decides(string relativePath, bool isFolder)
    {
        bool? ignored = null;
        foreach (var (pattern, negated, foldersOnly) in _rules)
        {
            if ((!foldersOnly || isFolder) && pattern.IsMatch(relativePath))
            {
                ignored = !negated;
            }
        }

        return ignored;
    }

    /// <summary>
    /// The patterns are the repository's own: matched without backtracking, "a*a*a*…b" costs linear time. A pattern
    /// with about a thousand wildcards is more than the non-backtracking engine builds (NotSupportedException: an
    /// automaton larger than its limit), which ended the whole scan (found while fuzzing the .gitignore reader); no
    /// real .gitignore has one, and it is dropped, so the files it would have matched are scanned.
    /// </summary>
    private static Regex? Compile(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static string GlobToRegex(string glob)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" matches any number of folders, a trailing "**" everything below.
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                regex.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        return regex.ToString();
    }
}
