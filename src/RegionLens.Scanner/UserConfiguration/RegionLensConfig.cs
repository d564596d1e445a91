using System.Collections.ObjectModel;
using System.Net;
using RegionLens.Core.Rules;

namespace RegionLens.Scanner.UserConfiguration;

/// <summary>
/// What the user knows and the code cannot say (<c>regionlens.json</c>): which failure domain an internal host lives in,
/// where each component is deployed, which regions are allowed, which resolvers are already redundant, rule levels and
/// excluded paths. Read by <see cref="RegionLensConfigReader"/>; every value is already validated.
/// </summary>
public sealed record RegionLensConfig
{
    public static RegionLensConfig Empty { get; } = new();

    /// <summary>The file this was read from; null for <see cref="Empty"/>.</summary>
    public string? FilePath { get; init; }

    /// <summary>Host pattern (an exact host or <c>*.suffix</c>) → failure domain (<c>region:aws/us-east-1</c>,
    /// <c>dc:eu-1</c>). Keys compare case-insensitively. Use <see cref="DomainOf"/> to match a host.</summary>
    public IReadOnlyDictionary<string, string> FailureDomains { get; init; } = EmptyMap<string>();

    /// <summary>Component id (a path relative to the scan root, forward slashes) → where it is deployed.</summary>
    public IReadOnlyDictionary<string, ComponentDeployment> Components { get; init; } = EmptyMap<ComponentDeployment>();

    /// <summary>Region codes the solution may depend on.</summary>
    public IReadOnlyList<string> AllowedRegions { get; init; } = [];

    /// <summary>Resolver IP addresses that are highly available behind one address (anycast, a redundant pair), so a
    /// single one of them is not a single point of failure.</summary>
    public IReadOnlyList<string> RedundantResolvers { get; init; } = [];

    /// <summary>Rule id (as <see cref="RuleCatalog"/> spells it) → the level its findings are reported at;
    /// <see cref="RuleLevel.None"/> drops them.</summary>
    public IReadOnlyDictionary<string, RuleLevel> Rules { get; init; } = EmptyMap<RuleLevel>();

    /// <summary>Globs relative to the scan root (<c>**</c>, <c>*</c>, <c>?</c>); see <see cref="IsExcluded"/>.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>The failure domain the user assigned to <paramref name="host"/>: an exact pattern first, then the
    /// longest matching <c>*.suffix</c>; null when no pattern matches.</summary>
    public string? DomainOf(string host)
    {
        var name = HostPattern.Normalise(host);
        string? best = null;
        var bestLength = -1;
        foreach (var (pattern, domain) in FailureDomains)
        {
            if (!HostPattern.IsSuffix(pattern))
            {
                if (string.Equals(pattern, name, StringComparison.OrdinalIgnoreCase))
                {
                    return domain;
                }

                continue;
            }

            if (pattern.Length > bestLength && HostPattern.Matches(pattern, name))
            {
                best = domain;
                bestLength = pattern.Length;
            }
        }

        return best;
    }

    /// <summary>True when a path relative to the scan root, or a folder above it, matches an <see cref="Exclude"/> glob,
    /// so that <c>deploy/legacy</c> excludes everything below that folder.</summary>
    public bool IsExcluded(string relativePath) => Exclude.Any(glob => PathGlob.Matches(glob, relativePath));

    /// <summary>True when <paramref name="address"/> is one of <see cref="RedundantResolvers"/>, compared as IP
    /// addresses so that <c>2001:db8::1</c> and <c>2001:DB8:0::1</c> are the same.</summary>
    public bool IsRedundantResolver(string address) =>
        IPAddress.TryParse(address, out var parsed) && RedundantResolvers.Any(r => IPAddress.TryParse(r, out var known) && known.Equals(parsed));

    private static ReadOnlyDictionary<string, T> EmptyMap<T>() => new(new Dictionary<string, T>(StringComparer.Ordinal));
}
