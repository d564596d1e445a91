using RegionLens.Core.Classification;
using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Infrastructure;
using RegionLens.Scanner.UserConfiguration;

namespace RegionLens.Scanner.Graph;

/// <summary>
/// The endpoints behind a name that Route 53 records serve. Route 53 answers and runs health checks on its globally
/// distributed data plane; only changing records goes through the control plane in us-east-1 (DOMAIN §2.1, §7). So
/// records that move the name on their own — a failover pair or latency/weighted records, in two or more regions,
/// every one health-checked — are alternatives: the dependency is served by one endpoint per record, each failing
/// with its target's region. Anything less (no health check on some record, one record, one region, a region the
/// files do not tell) needs a record edit to move the name, so the name stays one endpoint that fails with the
/// regions that answer it before anyone edits: the primary of a failover pair, every region of latency or weighted
/// records.
/// </summary>
public sealed class RoutingAlternatives
{
    private readonly Dictionary<string, List<RoutingRecord>> _byName;
    private readonly RegionLensConfig? _config;

    /// <param name="config">The user's <c>regionlens.json</c>: a record target its <c>failureDomains</c> match fails with
    /// the user's domain, as any other endpoint does.</param>
    public RoutingAlternatives(IEnumerable<RoutingRecord> records, RegionLensConfig? config = null)
    {
        _config = config;
        _byName = records
            .Where(r => r.Name.IsResolved)
            .GroupBy(r => NameKey(r.Name.Text), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Location).ToList(), StringComparer.Ordinal);
    }

    /// <summary>Joins <paramref name="node"/> to the endpoints through which it reaches <paramref name="dependency"/>
    /// when records serve its name; false when none do and the graph's own endpoint applies.</summary>
    internal bool Serve(DependencyGraph graph, GraphNode node, Dependency dependency)
    {
        if (dependency.Kind != EvidenceKind.Endpoint || !_byName.TryGetValue(NameKey(dependency.Value), out var records))
        {
            return false;
        }

        var routes = records.Select(r => new Route(r, TargetDomain(r))).ToList();
        if (IsAlternative(routes))
        {
            foreach (var route in routes)
            {
                var endpoint = graph.Node($"endpoint:{dependency.Id}|record|{route.Record.Location}", GraphNodeKind.Endpoint, Label(route.Record));
                graph.Edge(node, endpoint, GraphEdgeKind.ServedBy, [route.Record.Location]);
                Fail(graph, endpoint, route.Region!.Value);
            }

            return true;
        }

        var name = graph.Node(DependencyGraph.EndpointNodeId(dependency), GraphNodeKind.Endpoint, dependency.Value);
        graph.Edge(node, name, GraphEdgeKind.ServedBy, dependency.Locations);
        foreach (var domain in UserFailureDomains.Of(dependency, _config))
        {
            graph.Edge(name, graph.Node(domain.Id, domain.Kind, domain.Label), GraphEdgeKind.FailsWith, dependency.Locations);
        }

        foreach (var region in Answering(routes))
        {
            Fail(graph, name, region);
        }

        return true;
    }

    private static void Fail(DependencyGraph graph, GraphNode endpoint, RouteDomain target)
    {
        var domain = target.Domain;
        graph.Edge(endpoint, graph.Node(domain.Id, domain.Kind, domain.Label), GraphEdgeKind.FailsWith, [target.Location]);
    }

    private static bool IsAlternative(List<Route> routes)
    {
        var policies = routes.Select(r => r.Record.Policy).ToList();
        var moves = policies.Contains("failover:PRIMARY") && policies.Contains("failover:SECONDARY") && policies.All(p => p.StartsWith("failover:", StringComparison.Ordinal))
            || policies.All(p => p.StartsWith("latency:", StringComparison.Ordinal) || p == "weighted");
        return routes.Count >= 2
            && moves
            && routes.All(r => r.Record.HasHealthCheck && r.Region is not null)
            && routes.Select(r => r.Region!.Value.Domain.Id).Distinct(StringComparer.Ordinal).Count() >= 2
            && routes.Select(r => string.Join(" ", r.Record.Targets.Select(t => t.Text))).Distinct(StringComparer.Ordinal).Count() == routes.Count;
    }

    /// <summary>The regions that answer for the name until someone edits a record: a failover pair's primary (its
    /// secondary takes nothing while the primary's record stands), every other record's.</summary>
    private static IEnumerable<RouteDomain> Answering(List<Route> routes) =>
        routes
            .Where(r => !r.Record.Policy.StartsWith("failover:", StringComparison.Ordinal) || r.Record.Policy == "failover:PRIMARY")
            .Select(r => r.Region)
            .OfType<RouteDomain>()
            .DistinctBy(r => r.Domain.Id);

    /// <summary>The domain the user gives a target host in <c>failureDomains</c>, else the region the host names
    /// (<c>…us-east-1.elb.amazonaws.com</c>), else the one the file states.</summary>
    private RouteDomain? TargetDomain(RoutingRecord record)
    {
        foreach (var target in record.Targets.Where(t => t.IsResolved))
        {
            if (_config?.DomainOf(target.Text) is { } declared)
            {
                return new RouteDomain(UserFailureDomains.Parse(declared), target.Location);
            }

            if (EndpointClassifier.Classify(target.Text, AwsRegionCatalogue.Instance) is { Region: { } region } classified)
            {
                return new RouteDomain(FailureDomains.Region(classified.Provider, region), target.Location);
            }
        }

        return record.Region is { IsResolved: true } stated ? new RouteDomain(FailureDomains.Region("aws", stated.Text), stated.Location) : null;
    }

    private static string Label(RoutingRecord record)
    {
        var targets = record.Targets.Count == 0 ? "?" : string.Join(", ", record.Targets.Select(t => t.Text.Trim('{', '}')));
        return $"{targets} ({record.Policy})";
    }

    private static string NameKey(string name) => name.TrimEnd('.').ToLowerInvariant();

    private readonly record struct RouteDomain(FailureDomain Domain, SourceLocation Location);

    private sealed record Route(RoutingRecord Record, RouteDomain? Region);
}
