namespace RegionLens.Scanner.Infrastructure;

/// <summary>Splits one file's facts by the owner of each fact's workload; facts without one go to the null owner.</summary>
internal static class FactsByOwner
{
    public static IEnumerable<(string? Owner, InfrastructureFacts Facts)> Split(InfrastructureFacts facts, Func<string?, string?> ownerOf)
    {
        var owners = facts.Regions.Select(r => r.Workload)
            .Concat(facts.Endpoints.Select(e => e.Workload))
            .Concat(facts.Resolvers.Select(r => r.Workload))
            .Select(ownerOf)
            .Distinct()
            .OrderBy(o => o ?? string.Empty, StringComparer.Ordinal)
            .ToList();
        if (owners.Count == 0)
        {
            owners.Add(null);
        }

        // Stores and routing records belong to the file itself when it is a unit, else to its first owner.
        var storeOwner = owners.Contains(null) ? null : owners[0];
        foreach (var owner in owners)
        {
            var first = owner == storeOwner;
            yield return (owner, new InfrastructureFacts(
                [.. facts.Regions.Where(r => ownerOf(r.Workload) == owner)],
                [.. facts.Endpoints.Where(e => ownerOf(e.Workload) == owner)],
                [.. facts.Resolvers.Where(r => ownerOf(r.Workload) == owner)],
                first ? facts.DataStores : [],
                first ? facts.RoutingRecords : []));
        }
    }
}
