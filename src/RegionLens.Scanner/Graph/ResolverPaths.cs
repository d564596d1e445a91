using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Graph;

/// <summary>
/// Which host names a deployment resolves through its own resolver setting: a Kubernetes pod with
/// <c>dnsPolicy: None</c>, a compose service's <c>dns</c>, a resolv.conf written into an image, nginx's
/// <c>resolver</c> (not a VPC's DHCP options). That setting is the whole resolver list of the process (DOMAIN §5.4), so every name the component
/// itself uses, and every region pin its SDK clients turn into a name, is looked up through it: when the setting's
/// servers all fail, those names are lost with it, whatever region they live in. A resolver that code builds
/// (<c>new LookupClient(…)</c>) answers only the lookups made through it and sends no other name there. Names used in a
/// library are left out: the library's endpoint is shared by every component that includes it, and only some of them
/// may have the setting.
/// </summary>
internal static class ResolverPaths
{
    public static void Add(DependencyGraph graph, IReadOnlyList<(GraphNode Node, IReadOnlyList<Dependency> Group)> groups)
    {
        var settings = groups
            .Where(g => g.Group[0] is { Kind: EvidenceKind.Resolver, Origin: not Origin.Code } && !IsNetworkWide(g.Group[0]))
            .ToLookup(g => g.Group[0].Component, g => (g.Node, Evidence: (IReadOnlyList<SourceLocation>)[.. g.Group.SelectMany(d => d.Locations).Distinct()]), StringComparer.Ordinal);
        foreach (var (node, group) in groups.Where(g => ResolvesAName(g.Group[0])))
        {
            var resolvers = settings[group[0].Component].ToList();
            if (resolvers.Count == 0 || !group[0].UsedBy.Contains(group[0].Component))
            {
                continue;
            }

            foreach (var endpoint in graph.OutEdges(node).Where(e => e.Kind == GraphEdgeKind.ServedBy).Select(e => e.Target).ToList())
            {
                foreach (var (resolver, evidence) in resolvers)
                {
                    graph.Edge(endpoint, resolver, GraphEdgeKind.ResolvesThrough, evidence);
                }
            }
        }
    }

    /// <summary>A VPC's DHCP options name servers for the instances in the network; which of a stack's names are looked
    /// up from those instances (and not by Lambda's or a container's own resolver), the files do not say.</summary>
    private static bool IsNetworkWide(Dependency setting) => setting.Sink.EndsWith(".domain_name_servers", StringComparison.Ordinal);

    /// <summary>A host name (not an address), or a region an SDK client turns into one; a stack's own deploy regions are
    /// where it runs, not names it looks up.</summary>
    private static bool ResolvesAName(Dependency dependency) => dependency switch
    {
        { Kind: EvidenceKind.Endpoint } => true,
        { Kind: EvidenceKind.Region, Origin: Origin.Code or Origin.Config, Deploys: false } => true,
        _ => false,
    };
}
