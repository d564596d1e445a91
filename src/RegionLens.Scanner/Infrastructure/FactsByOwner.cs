namespace RegionLens.Scanner.Infrastructure;

/// <summary>Splits one file's facts by the owner of each fact's workload; facts without one go to the null owner.</summary>
internal static class FactsByOwner
{
    public static IEnumerable<(string? Owner, InfrastructureFacts Facts)> Split(InfrastructureFacts facts, Func<string?, string?> ownerOf)
    {
        // Each fact's owner is looked up once: a file may hold thousands of workloads (one per service or function).
        var regions = facts.Regions.ToLookup(r => ownerOf(r.Workload));
        var endpoints = facts.Endpoints.ToLookup(e => ownerOf(e.Workload));
        var resolvers = facts.Resolvers.ToLookup(r => ownerOf(r.Workload));
        var owners = regions.Select(g => g.Key)
            .Concat(endpoints.Select(g => g.Key))
            .Concat(resolvers.Select(g => g.Key))
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
                [.. regions[owner]],
                [.. endpoints[owner]],
                [.. resolvers[owner]],
                first ? facts.DataStores : [],
                first ? facts.RoutingRecords : []));
        }
    }
}
