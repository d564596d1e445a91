using RegionLens.Core.Model;
using RegionLens.Scanner.Infrastructure;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Graph;

/// <summary>A project or infrastructure unit as the graph places it: its id (a path relative to the scan root) and the
/// components it is deployed in (itself when it is a component).</summary>
public sealed record GraphOwner(string Id, IReadOnlyList<string> UsedBy);

/// <summary>One project's use of a data store by name, with the places that name it.</summary>
public sealed record DataStoreUser(GraphOwner User, IReadOnlyList<SourceLocation> Locations);

/// <summary>
/// A data store an infrastructure unit declares (paths relative to the scan root), with every project whose code or
/// configuration names it. In the graph it is one dependency served from its home region and each replica region, used
/// by the unit that declares it and by each of those projects, so that losing the home region takes the store from the
/// code only when no replica survives.
/// </summary>
public sealed record DataStoreNode(GraphOwner Declarer, DataStoreDeclaration Store, IReadOnlyList<DataStoreUser> Users)
{
    /// <summary>The stores of every infrastructure unit. <paramref name="facts"/> are as read (absolute paths, matching
    /// <paramref name="uses"/>); <paramref name="relativeFacts"/> are the same facts, in the same order, with paths
    /// already made relative to <paramref name="root"/> for the reports.</summary>
    public static IReadOnlyList<DataStoreNode> From(
        string root, ComponentMap components, IReadOnlyList<OwnedFacts> facts, IReadOnlyList<OwnedFacts> relativeFacts, IReadOnlyList<DataStoreUse> uses)
    {
        string Relative(string path) => PathText.Relative(root, path);
        GraphOwner Owner(string path) => new(Relative(path), components.UsedBy(path));
        var usersByStore = uses.ToDictionary(
            u => u.Store.Location,
            u => (IReadOnlyList<DataStoreUser>)[.. u.Projects.Select(p => new DataStoreUser(Owner(p.Project), [.. p.Locations.Select(l => l.WithPath(Relative(l.Path)))]))]);
        return [.. facts.Zip(relativeFacts).SelectMany(pair => pair.Second.Facts.DataStores.Zip(pair.First.Facts.DataStores, (mapped, original) =>
            new DataStoreNode(Owner(pair.First.Owner), mapped, usersByStore.GetValueOrDefault(original.Location) ?? [])))];
    }

    /// <summary>"dynamodb-table ledger": the kind and the name the code uses (the name in the file when there is none).</summary>
    public string Label => $"{Store.Kind} {(Store.Name is { IsResolved: true } name ? name.Text : Store.LogicalName)}";

    /// <summary>The id of the dependency node; the same key <see cref="Alternatives"/> gives the store's IaC regions.</summary>
    public string DependencyKey => $"{Declarer.Id}|store|{Store.Kind} {Store.LogicalName}";
}
