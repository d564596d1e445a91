using RegionLens.Core.Model;
using RegionLens.Core.Rules;
using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Analysis;

/// <summary>
/// RL0009: a multi-region-capable client configured with one region and no fallback — a Cosmos DB client whose
/// preferred-regions list names a single region, or one limited to its endpoint. <c>ApplicationRegion</c> alone is
/// not reported: the SDK orders every region of the account by proximity from it (DOMAIN §4.2, §7). And code that
/// reaches the blob endpoint of a storage account the infrastructure makes read-access geo-redundant, in a component
/// that never gives a client the account's secondary (<c>BlobClientOptions.GeoRedundantSecondaryUri</c>): the copy in
/// the paired region exists, but no read will ever go there (DOMAIN §7).
/// </summary>
internal sealed class SingleRegionClientRule : IRule
{
    private static readonly RuleDescriptor Rule = RuleCatalog.SingleRegionClient;

    public IEnumerable<Finding> Evaluate(AnalysisInput input)
    {
        var preferred = input.Dependencies
            .Where(d => d.Kind == EvidenceKind.Region && d.Sink.EndsWith("PreferredRegions", StringComparison.Ordinal))
            .GroupBy(d => (d.Component, d.Consumer))
            .Where(g => g.Select(d => d.Value).Distinct(StringComparer.Ordinal).Count() == 1)
            .Select(g => g.First())
            .Select(d => new Finding(Rule.Id, Rule.DefaultLevel,
                RuleArguments.Message(Rule, RuleArguments.SinglePreferredRegion(d.Value, d.Sink)),
                d.Locations));
        var limited = input.Observations
            .Where(o => o.Kind == ObservationKind.SingleRegionClient)
            .Select(o => new Finding(Rule.Id, Rule.DefaultLevel, RuleArguments.Message(Rule, RuleArguments.Observed(o.Detail)), o.Locations));
        return preferred.Concat(limited).Concat(WithoutSecondary(input));
    }

    private static IEnumerable<Finding> WithoutSecondary(AnalysisInput input)
    {
        var accounts = input.Infrastructure
            .SelectMany(f => f.Facts.DataStores)
            .Where(s => s is { Kind: "storage-account", HasReadableSecondary: true, Name.IsResolved: true })
            .GroupBy(s => s.Name!.Text.ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        if (accounts.Count == 0)
        {
            return [];
        }

        var endpoints = input.Dependencies
            .Where(d => d.Kind == EvidenceKind.Endpoint && d.Origin != Origin.Iac)
            // A classified endpoint's value is its host (DependencyClassifier), so no URL needs cutting here.
            .Select(d => (Dependency: d, Host: d.Value.ToLowerInvariant()))
            .ToList();
        var secondaries = endpoints
            .Where(e => e.Dependency.Sink.EndsWith("GeoRedundantSecondaryUri", StringComparison.Ordinal))
            .Select(e => (e.Dependency.Component, e.Host))
            .ToHashSet();
        return endpoints
            .Where(e => !e.Dependency.Sink.EndsWith("GeoRedundantSecondaryUri", StringComparison.Ordinal))
            .Select(e => (e.Dependency, Account: AccountOf(e.Host)))
            .Where(e => e.Account is not null && accounts.ContainsKey(e.Account)
                && !secondaries.Contains((e.Dependency.Component, e.Account + "-secondary" + BlobSuffix)))
            .Select(e => new Finding(Rule.Id, Rule.DefaultLevel,
                RuleArguments.Message(Rule, RuleArguments.UnusedReadableSecondary(e.Account!)),
                [.. e.Dependency.Locations, accounts[e.Account!].Location]));
    }

    private const string BlobSuffix = ".blob.core.windows.net";

    /// <summary>The account of a primary blob endpoint (<c>contoso.blob.core.windows.net</c>), else null.</summary>
    private static string? AccountOf(string host) =>
        host.EndsWith(BlobSuffix, StringComparison.Ordinal) && host.Length > BlobSuffix.Length
            && !host.EndsWith("-secondary" + BlobSuffix, StringComparison.Ordinal)
            ? host[..^BlobSuffix.Length]
            : null;
}
