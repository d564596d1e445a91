namespace RegionLens.Scanner.UserConfiguration;

/// <summary>
/// The host patterns of <c>failureDomains</c>: an exact host name, or <c>*.</c> followed by a domain suffix, which
/// matches every name below the suffix at any depth but not the suffix itself. Nothing else is a pattern, so that a
/// typo such as <c>corp.*</c> is an error rather than a rule that silently never matches.
/// </summary>
internal static class HostPattern
{
    private const string SuffixPrefix = "*.";
    private const int MaxHostLength = 253;
    private const int MaxLabelLength = 63;

    public static bool IsValid(string pattern)
    {
        var name = IsSuffix(pattern) ? pattern[SuffixPrefix.Length..] : pattern;
        return name.Length is > 0 and <= MaxHostLength && name.Split('.').All(IsLabel);
    }

    public static bool IsSuffix(string pattern) => pattern.StartsWith(SuffixPrefix, StringComparison.Ordinal);

    /// <summary>Lower case without the root dot: <c>Ledger.Example.NET.</c> → <c>ledger.example.net</c>.</summary>
    public static string Normalise(string host) => host.TrimEnd('.').ToLowerInvariant();

    /// <summary>Whether a normalised host matches a valid pattern.</summary>
    public static bool Matches(string pattern, string host)
    {
        if (!IsSuffix(pattern))
        {
            return string.Equals(pattern, host, StringComparison.OrdinalIgnoreCase);
        }

        // "*.corp.example.com" → ".corp.example.com": a label boundary, and at least one label before it.
        var suffix = pattern[1..];
        return host.Length > suffix.Length && host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An RFC 1123 label, plus '_' as in service names (<c>_ldap._tcp</c>); either case.</summary>
    private static bool IsLabel(string label) =>
        label.Length is > 0 and <= MaxLabelLength
        && label[0] != '-'
        && label[^1] != '-'
        && label.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
