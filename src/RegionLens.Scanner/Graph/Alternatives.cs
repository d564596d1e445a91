using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Infrastructure;

namespace RegionLens.Scanner.Graph;

/// <summary>
/// Which classified values are alternatives for one logical dependency, so that losing one leaves the others
/// (DOMAIN §7): regions listed together and consumed at one place (<c>foreach (var r in Regions)</c>, Cosmos preferred
/// regions, one configuration's list), the name servers of one resolver setting, a data store's home and replica
/// regions, and the regions a stack deploys to (its infrastructure keeps serving from any of them). Every other value
/// is a dependency of its own with a single endpoint.
/// </summary>
internal static class Alternatives
{
    public static IEnumerable<(string Key, IReadOnlyList<Dependency> Group)> Group(IReadOnlyList<Dependency> dependencies, IReadOnlyList<DataStoreNode> stores)
    {
        // A store's region values are found by where they are written, and by the store they name: a home region the
        // store inherits from its provider block is written at the provider's line, and stays the provider's.
        var storesAt = stores
            .SelectMany(s => s.Store.ReplicaRegions.Prepend(s.Store.Region).OfType<IacValue>().Select(r => (r.Location, Store: s)))
            .ToLookup(x => x.Location, x => x.Store);
        string KeyOf(Dependency dependency) =>
            dependency is { Kind: EvidenceKind.Region, Origin: Origin.Iac }
            && storesAt[dependency.Locations[0]].FirstOrDefault(s => dependency.Sink.Contains(s.Store.LogicalName, StringComparison.Ordinal)) is { } store
                ? store.DependencyKey
                : OtherKeyOf(dependency);
        return dependencies
            .GroupBy(KeyOf, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<Dependency>)[.. g]));
    }

    private static string OtherKeyOf(Dependency dependency) => dependency switch
    {
        { Kind: EvidenceKind.Region, Deploys: true } => $"{dependency.Component}|deploys",
        { Kind: EvidenceKind.Region, Origin: Origin.Code or Origin.Config } =>
            $"{dependency.Component}|regions|{dependency.Sink}|{dependency.Consumer}|{dependency.Environment}",
        { Kind: EvidenceKind.Resolver, Origin: Origin.Code } => $"{dependency.Component}|resolvers|{dependency.Sink}|{dependency.Consumer}",
        { Kind: EvidenceKind.Resolver } => $"{dependency.Component}|resolvers|{dependency.Sink}|{dependency.Locations[0].Path}",
        _ => dependency.Id,
    };
}
