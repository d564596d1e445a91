using RegionLens.Core.Model;

namespace RegionLens.Scanner.Infrastructure;

/// <summary>Facts with every location's path rewritten, so that the rules see paths as the reports show them.</summary>
internal static class FactPaths
{
    public static OwnedFacts Map(OwnedFacts owned, Func<string, string> path)
    {
        SourceLocation L(SourceLocation location) => location.WithPath(path(location.Path));
        IacValue V(IacValue value) => value with { Location = L(value.Location) };
        var facts = owned.Facts;
        return new OwnedFacts(path(owned.Owner), new InfrastructureFacts(
            [.. facts.Regions.Select(r => r with { Region = V(r.Region) })],
            [.. facts.Endpoints.Select(e => e with { Value = V(e.Value) })],
            [.. facts.Resolvers.Select(r => r with { Servers = [.. r.Servers.Select(V)], Location = L(r.Location) })],
            [.. facts.DataStores.Select(s => Map(s, V, L))],
            [.. facts.RoutingRecords.Select(r => r with
            {
                Name = V(r.Name),
                Location = L(r.Location),
                Targets = [.. r.Targets.Select(V)],
                Region = r.Region is null ? null : V(r.Region),
            })]));
    }

    public static DataStoreUse Map(DataStoreUse use, Func<string, string> path)
    {
        SourceLocation L(SourceLocation location) => location.WithPath(path(location.Path));
        return new DataStoreUse(
            Map(use.Store, v => v with { Location = L(v.Location) }, L),
            [.. use.Uses.Select(L)],
            [.. use.Projects.Select(p => new ProjectUse(path(p.Project), [.. p.Locations.Select(L)]))]);
    }

    private static DataStoreDeclaration Map(DataStoreDeclaration store, Func<IacValue, IacValue> value, Func<SourceLocation, SourceLocation> location) =>
        store with
        {
            Name = store.Name is null ? null : value(store.Name),
            Region = store.Region is null ? null : value(store.Region),
            ReplicaRegions = [.. store.ReplicaRegions.Select(value)],
            Location = location(store.Location),
        };
}
