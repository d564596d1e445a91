using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.UserConfiguration;

namespace RegionLens.Scanner.Graph;

/// <summary>
/// The failure domains of an endpoint once <c>regionlens.json</c> has had its say. A host matched by
/// <c>failureDomains</c> fails with the user's domain instead of the region and zone its name suggested (the user knows
/// where an internal host really runs; a name is only a hint); a resolver keeps failing with itself, and a global
/// endpoint with its control plane, since where a host runs does not change either. A name server listed in
/// <c>redundantResolvers</c> is highly available behind its one address, so it fails with no resolver domain of its own.
/// Region pins are not hosts and are never matched.
/// </summary>
internal static class UserFailureDomains
{
    public static IEnumerable<FailureDomain> Of(Dependency dependency, RegionLensConfig? config)
    {
        var discovered = FailureDomains.Of(dependency);
        if (config is null)
        {
            return discovered;
        }

        if (dependency.Kind == EvidenceKind.Resolver && config.IsRedundantResolver(dependency.Value))
        {
            discovered = discovered.Where(d => d.Kind != GraphNodeKind.Resolver);
        }

        if (dependency.Kind == EvidenceKind.Region || config.DomainOf(dependency.Value) is not { } declared)
        {
            return discovered;
        }

        var domain = Parse(declared);
        return discovered
            .Where(d => d.Kind is not (GraphNodeKind.Region or GraphNodeKind.Zone) && d.Id != domain.Id)
            .Prepend(domain);
    }

    /// <summary>A validated <c>kind:name</c> as a node: the graph's own kinds keep the graph's ids and labels, so that the
    /// user's <c>region:aws/us-east-1</c> is the node the scan found; any other kind is <see cref="GraphNodeKind.Declared"/>,
    /// labelled <c>dc eu-1</c>.</summary>
    public static FailureDomain Parse(string domain)
    {
        var colon = domain.IndexOf(':', StringComparison.Ordinal);
        var (kind, name) = (domain[..colon], domain[(colon + 1)..]);
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        var spaced = slash < 0 ? name : $"{name[..slash]} {name[(slash + 1)..]}";
        return kind switch
        {
            "region" => new FailureDomain(domain, GraphNodeKind.Region, spaced),
            "zone" => new FailureDomain(domain, GraphNodeKind.Zone, spaced),
            "control" => new FailureDomain(domain, GraphNodeKind.ControlPlane, spaced + " control plane"),
            "resolver" => new FailureDomain(domain, GraphNodeKind.Resolver, "resolver " + name),
            _ => new FailureDomain(domain, GraphNodeKind.Declared, $"{kind} {name}"),
        };
    }
}
