using System;

namespace RegionLens.Core.Classification;

/// <summary>Cuts the scheme and the host part out of <c>scheme://[userinfo@]hosts[/path][?query]</c>.</summary>
internal static class UrlAuthority
{
    private static readonly char[] AuthorityEnd = { '/', '?', '#' };

    /// <summary>The authority without user info (possibly a comma-separated host list); null when there is no scheme.</summary>
    public static string? Cut(string text, out string scheme)
    {
        scheme = string.Empty;
        var separator = text.IndexOf("://", StringComparison.Ordinal);
        if (separator <= 0 || !IsScheme(text.Substring(0, separator)))
        {
            return null;
        }

        scheme = text.Substring(0, separator).ToLowerInvariant();
        var rest = text.Substring(separator + 3);

        // The last '@' ends the user info even when a password holds an unencoded '/', '?', '#' or '@': an '@' in a
        // path is rare in these formats, a careless password is not, and a password must never be read as a host.
        var at = rest.LastIndexOf('@');
        var hosts = at < 0 ? rest : rest.Substring(at + 1);
        var end = hosts.IndexOfAny(AuthorityEnd);
        return end < 0 ? hosts : hosts.Substring(0, end);
    }

    /// <summary>The single host of a URL such as <c>https://acct.documents.azure.com:443/</c>; null when it has none.</summary>
    public static ConnectionTarget? ToTarget(string url, string family) =>
        Cut(url.Trim(), out _) is { } authority ? ServerAddress.FromHostPort(authority, family) : null;

    private static bool IsScheme(string scheme)
    {
        if (!char.IsLetter(scheme[0]))
        {
            return false;
        }

        foreach (var c in scheme)
        {
            if (c > '\u007f' || (!char.IsLetterOrDigit(c) && c is not ('+' or '.' or '-')))
            {
                return false;
            }
        }

        return true;
    }
}
