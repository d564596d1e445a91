using RegionLens.Core.Classification;
using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Graph;

/// <summary>A failure domain as a graph node: its id (<c>region:aws/us-east-1</c>), kind and label.</summary>
public sealed record FailureDomain(string Id, GraphNodeKind Kind, string Label);

/// <summary>
/// The failure domains one endpoint fails with: the region it lives in (or the home region of a "global" endpoint,
/// whose control plane is then a domain of its own), its availability zone when the name says it, and, for a name
/// server, the resolver itself, unless it is the VPC's resolver, which no single failure takes away.
/// </summary>
public static class FailureDomains
{
    public static IEnumerable<FailureDomain> Of(Dependency dependency)
    {
        if (dependency.FailureRegion is { } region)
        {
            yield return Region(dependency.Provider, region);
        }

        if (dependency.Zone is { } zone)
        {
            yield return new FailureDomain($"zone:{dependency.Provider}/{zone}", GraphNodeKind.Zone, $"{dependency.Provider} {zone}");
        }

        if (dependency is { Scope: EndpointScope.GlobalHomed, Service: { } service })
        {
            yield return new FailureDomain($"control:{dependency.Provider}/{service}", GraphNodeKind.ControlPlane, $"{dependency.Provider} {service} control plane");
        }

        if (dependency.Kind == EvidenceKind.Resolver && !VpcResolver.Is(dependency.Value))
        {
            yield return new FailureDomain("resolver:" + dependency.Value, GraphNodeKind.Resolver, "resolver " + dependency.Value);
        }
    }

    public static FailureDomain Region(string provider, string region) =>
        new(DependencyGraph.RegionNodeId(provider, region), GraphNodeKind.Region, $"{provider} {region}");

    /// <summary>
    /// The domain nodes a user names: a node id (<c>region:aws/us-east-1</c>), a region code in any provider
    /// (<c>us-east-1</c>), <c>resolver:10.0.0.2</c>, or a provider's control plane (<c>aws:iam</c>).
    /// </summary>
    public static IReadOnlyList<GraphNode> Named(DependencyGraph graph, string name)
    {
        var domains = graph.Nodes.Where(n => n.IsFailureDomain).ToList();
        if (domains.FirstOrDefault(n => n.Id == name) is { } exact)
        {
            return [exact];
        }

        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && !name.StartsWith("resolver:", StringComparison.Ordinal))
        {
            var control = $"control:{name[..colon]}/{name[(colon + 1)..]}";
            return [.. domains.Where(n => n.Id == control)];
        }

        return [.. domains.Where(n => n.Kind is GraphNodeKind.Region or GraphNodeKind.Zone && n.Id.EndsWith("/" + name, StringComparison.Ordinal))];
    }
}
