namespace RegionLens.Scanner.UserConfiguration;

/// <summary>
/// Checks a failure domain written in <c>regionlens.json</c>. The kinds the graph knows keep the graph's spelling
/// (<c>region:aws/us-east-1</c>, <c>zone:aws/use1-az1</c>, <c>resolver:10.0.0.2</c>, <c>control:aws/iam</c>) so that a
/// user's domain and a discovered one are the same node; any other <c>kind:name</c> (<c>dc:eu-1</c>) names a domain only
/// the user knows about.
/// </summary>
internal static class FailureDomainText
{
    /// <summary>Null when <paramref name="domain"/> is well formed, else the shape it should have had.</summary>
    public static string? ExpectedShape(string domain)
    {
        var colon = domain.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !IsKind(domain[..colon]) || !IsName(domain[(colon + 1)..]))
        {
            return "kind:name, e.g. region:aws/us-east-1 or dc:eu-1";
        }

        var name = domain[(colon + 1)..];
        return domain[..colon] switch
        {
            "region" => IsProviderPath(name) ? null : "region:<provider>/<region>",
            "zone" => IsProviderPath(name) ? null : "zone:<provider>/<zone>",
            "control" => IsProviderPath(name) ? null : "control:<provider>/<service>",
            "resolver" => IpAddressText.IsValid(name) ? null : "resolver:<ip>",
            _ => null,
        };
    }

    /// <summary>Lower-case letters, digits and '-', starting with a letter: the kinds read as identifiers.</summary>
    private static bool IsKind(string kind) =>
        char.IsAsciiLetterLower(kind[0]) && kind.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static bool IsName(string name) => name.Length > 0 && !name.Any(char.IsWhiteSpace);

    private static bool IsProviderPath(string name)
    {
        var parts = name.Split('/');
        return parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0;
    }
}
