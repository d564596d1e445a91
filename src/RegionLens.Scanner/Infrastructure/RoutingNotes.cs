using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Infrastructure;

/// <summary>
/// Marks an endpoint whose name the infrastructure serves with Route 53 routing records. A failover pair (PRIMARY and
/// SECONDARY) or latency records in two regions, every one with a health check, is a mitigation: Route 53's data
/// plane moves traffic on its own when a region fails (DOMAIN §7). Without health checks the failover needs someone
/// to change records during the event, through the control plane that may be down with it; the note says so.
/// </summary>
internal static class RoutingNotes
{
    public static IReadOnlyList<Dependency> Apply(IReadOnlyList<Dependency> dependencies, IReadOnlyList<OwnedFacts> facts)
    {
        var byName = facts.SelectMany(f => f.Facts.RoutingRecords).Where(r => r.IsRouted)
            .GroupBy(r => r.Name.Text.TrimEnd('.').ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Location).ToList(), StringComparer.Ordinal);
        if (byName.Count == 0)
        {
            return dependencies;
        }

        return [.. dependencies.Select(d => d.Kind == EvidenceKind.Endpoint && byName.TryGetValue(d.Value.ToLowerInvariant(), out var records)
            ? d with { Note = Join(d.Note, Describe(records)) }
            : d)];
    }

    private static string Describe(IReadOnlyList<RoutingRecord> records)
    {
        var policies = string.Join(", ", records.Select(r => r.Policy).Distinct(StringComparer.Ordinal));
        var first = records[0].Location;
        var where = $"{first.Path}:{first.Line}";
        var paired = records.Select(r => r.Policy).Distinct(StringComparer.Ordinal).Count() >= 2;
        return (paired, records.All(r => r.HasHealthCheck)) switch
        {
            (true, true) => $"Route 53 routing with health checks ({policies}) at {where}: fails over without the control plane",
            (true, false) => $"Route 53 routing ({policies}) at {where} without health checks on every record: failing over means editing records",
            _ => $"Route 53 routing ({policies}) at {where} with one record: nothing to fail over to",
        };
    }

    private static string Join(string? note, string added) => note is null ? added : $"{note}; {added}";
}
