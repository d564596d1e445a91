using RegionLens.Core.Classification;
using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Infrastructure;

namespace RegionLens.Scanner.Analysis;

/// <summary>Where the infrastructure deploys, per provider; null for a provider with a region decided only at deploy time.</summary>
internal static class DeployRegions
{
    public static Dictionary<string, HashSet<string>?> Of(IReadOnlyList<OwnedFacts> infrastructure)
    {
        var byProvider = new Dictionary<string, HashSet<string>?>(StringComparer.Ordinal);
        foreach (var (value, subject) in Values(infrastructure))
        {
            if (!value.IsResolved)
            {
                // Whose region is unknown: the value or what holds it names the provider (AWS::Region, provider "aws").
                foreach (var provider in new[] { "aws", "azure", "gcp" }.Where(p => MentionsProvider(value.Text + " " + subject, p)))
                {
                    byProvider[provider] = null;
                }

                continue;
            }

            if (RegionNames.Identify(value.Text, AwsRegionCatalogue.Instance) is { } known
                && (!byProvider.TryGetValue(known.Provider, out var set) || set is not null))
            {
                if (!byProvider.TryGetValue(known.Provider, out var regions))
                {
                    byProvider[known.Provider] = regions = new HashSet<string>(StringComparer.Ordinal);
                }

                regions!.Add(known.Region);
            }
        }

        return byProvider;
    }

    /// <summary>Adds a deploy region, unless the provider's regions are unknown (decided at deploy time).</summary>
    public static void Add(Dictionary<string, HashSet<string>?> byProvider, string provider, string region)
    {
        if (!byProvider.TryGetValue(provider, out var regions))
        {
            byProvider[provider] = regions = new HashSet<string>(StringComparer.Ordinal);
        }

        regions?.Add(region);
    }

    /// <summary>Where every region a file states is written, deploy target or not.</summary>
    public static HashSet<SourceLocation> AllLocations(IReadOnlyList<OwnedFacts> infrastructure) =>
        [.. infrastructure.SelectMany(f => f.Facts.Regions.Select(r => r.Region.Location)), .. Locations(infrastructure)];

    public static HashSet<SourceLocation> Locations(IReadOnlyList<OwnedFacts> infrastructure) => [.. Values(infrastructure).Select(v => v.Value.Location)];

    private static IEnumerable<(IacValue Value, string Subject)> Values(IReadOnlyList<OwnedFacts> infrastructure) =>
        infrastructure.SelectMany(f => f.Facts.Regions.Where(r => r.IsDeployTarget).Select(r => (r.Region, r.Subject))
            .Concat(f.Facts.DataStores.SelectMany(s => s.ReplicaRegions.Prepend(s.Region).OfType<IacValue>().Select(v => (v, $"{s.Kind} {s.LogicalName}")))));

    private static bool MentionsProvider(string text, string provider) => provider switch
    {
        "aws" => text.Contains("aws", StringComparison.OrdinalIgnoreCase) || text.Contains("dynamodb", StringComparison.Ordinal)
            || text.Contains("s3-bucket", StringComparison.Ordinal),
        "azure" => text.Contains("resourceGroup()", StringComparison.Ordinal) || text.Contains("azure", StringComparison.OrdinalIgnoreCase)
            || text.Contains("Microsoft.", StringComparison.Ordinal) || text.Contains("cosmos", StringComparison.Ordinal),
        _ => text.Contains("google", StringComparison.OrdinalIgnoreCase) || text.Contains("gcp", StringComparison.OrdinalIgnoreCase),
    };
}
