using RegionLens.Core.Classification;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Infrastructure;

namespace RegionLens.Scanner.Graph;

/// <summary>
/// Joins each declared data store to the graph: its declaring unit and every project that names it use it, and it is
/// served from each of its resolved regions (home and replicas). A region already served through the store's IaC
/// region values (<see cref="Alternatives"/>) is not added twice. A region whose value stayed unresolved
/// (<c>AWS::Region</c>, <c>var.region</c> with no default), or a store with no stated home, is served from a region
/// decided at deploy time, which no named failure takes away.
/// </summary>
internal static class DataStoreEdges
{
    public static void Add(DependencyGraph graph, IReadOnlyList<DataStoreNode> stores, HashSet<string> componentIds)
    {
        foreach (var store in stores)
        {
            var node = graph.Node("dependency:" + store.DependencyKey, GraphNodeKind.Dependency, store.Label);
            graph.Edge(graph.Owner(store.Declarer, componentIds), node, GraphEdgeKind.Uses, [store.Store.Location]);
            foreach (var user in store.Users)
            {
                graph.Edge(graph.Owner(user.User, componentIds), node, GraphEdgeKind.Uses, user.Locations);
            }

            var served = graph.OutEdges(node)
                .Where(e => e.Kind == GraphEdgeKind.ServedBy)
                .SelectMany(e => graph.OutEdges(e.Target))
                .Select(e => e.Target.Id)
                .ToHashSet(StringComparer.Ordinal);
            var regions = store.Store.ReplicaRegions.Prepend(store.Store.Region).ToList();
            if (regions.Any(r => r is null or { IsResolved: false }))
            {
                // Where the store lives is decided at deploy time (AWS::Region, a variable without a default): it is an
                // endpoint in no domain RegionLens knows, so no single known region takes the store away.
                var unknown = graph.Node($"endpoint:{store.DependencyKey}|deploy-time", GraphNodeKind.Endpoint, "region decided at deploy time");
                graph.Edge(node, unknown, GraphEdgeKind.ServedBy, [store.Store.Location]);
            }

            foreach (var region in regions.OfType<IacValue>().Where(r => r.IsResolved))
            {
                if (RegionNames.Identify(region.Text, AwsRegionCatalogue.Instance) is not { } known)
                {
                    continue;
                }

                var domain = FailureDomains.Region(known.Provider, known.Region);
                if (served.Add(domain.Id))
                {
                    var endpoint = graph.Node($"endpoint:{store.DependencyKey}|{known.Region}", GraphNodeKind.Endpoint, known.Region);
                    graph.Edge(node, endpoint, GraphEdgeKind.ServedBy, [region.Location]);
                    graph.Edge(endpoint, graph.Node(domain.Id, domain.Kind, domain.Label), GraphEdgeKind.FailsWith, [region.Location]);
                }
            }
        }
    }
}
