using RegionLens.Scanner.Graph;

namespace RegionLens.Scanner.Tests.Graph;

/// <summary>The failure analysis on graphs built by hand: alternatives, shared libraries, diamonds and cycles.</summary>
public sealed class FailureAnalysisTests
{
    private readonly DependencyGraph _graph = DependencyGraph.Create();

    [Fact]
    public void ADependencyWithAnEndpointInAnotherRegionSurvivesAndOneWithoutDoesNot()
    {
        var api = Component("api");
        Uses(api, Dependency("ledger", ("ledger-east", ["region:aws/us-east-1"]), ("ledger-west", ["region:aws/us-west-2"])));
        Uses(api, Dependency("orders", ("orders-east", ["region:aws/us-east-1"])));
        var worker = Component("worker");
        Uses(worker, Dependency("ledger2", ("ledger2-east", ["region:aws/us-east-1"]), ("ledger2-west", ["region:aws/us-west-2"])));

        var impact = Analyse("region:aws/us-east-1");

        Assert.Equal(["component:api loses orders via component:api > dependency:orders > endpoint:orders-east > region:aws/us-east-1"], Render(impact));
        Assert.Equal("1/2", impact.BlastRadius);
        Assert.Empty(Analyse("region:aws/us-west-2").Affected);
        Assert.Equal(2, Analyse("region:aws/us-east-1", "region:aws/us-west-2").Affected.Count);
    }

    [Fact]
    public void AnEndpointIsLostWhenAnyOfItsDomainsFails()
    {
        var gateway = Component("gateway");
        Uses(gateway, Dependency("s3", ("s3-global", ["region:aws/us-east-1", "control:aws/s3"])));

        Assert.Equal(["component:gateway loses s3 via component:gateway > dependency:s3 > endpoint:s3-global > control:aws/s3"], Render(Analyse("control:aws/s3")));
        Assert.Single(Analyse("region:aws/us-east-1").Affected);
    }

    [Fact]
    public void ASharedLibraryReachedThroughADiamondAffectsEveryComponentOnce()
    {
        var orders = Component("orders");
        var billing = Component("billing");
        var data = Library("data");
        var clients = Library("clients");
        var models = Library("models");
        Includes(orders, clients);
        Includes(orders, models);
        Includes(clients, data);
        Includes(models, data);
        Includes(billing, data);
        Uses(data, Dependency("table", ("table-east", ["region:aws/us-east-1"])));

        var impact = Analyse("region:aws/us-east-1");

        Assert.Equal(
        [
            "component:billing loses table via component:billing > library:data > dependency:table > endpoint:table-east > region:aws/us-east-1",
            "component:orders loses table via component:orders > library:clients > library:data > dependency:table > endpoint:table-east > region:aws/us-east-1",
        ], Render(impact));
    }

    [Fact]
    public void ACycleOfIncludesEnds()
    {
        var root = Component("root");
        var a = Library("a");
        var b = Library("b");
        Includes(root, a);
        Includes(a, b);
        Includes(b, a);
        Uses(b, Dependency("resolver", ("10.0.0.2", ["resolver:10.0.0.2"])));

        Assert.Equal(["component:root loses resolver via component:root > library:a > library:b > dependency:resolver > endpoint:10.0.0.2 > resolver:10.0.0.2"], Render(Analyse("resolver:10.0.0.2")));
    }

    [Fact]
    public void TwoResolversInOneSettingAreAlternativesUntilBothFail()
    {
        var api = Component("api");
        Uses(api, Dependency("dns", ("ns1", ["resolver:10.0.0.2"]), ("ns2", ["resolver:10.0.0.3"])));

        Assert.Empty(Analyse("resolver:10.0.0.2").Affected);
        Assert.Equal(["dns"], Assert.Single(Analyse("resolver:10.0.0.2", "resolver:10.0.0.3").Affected).Lost.Select(n => n.Label));
    }

    [Fact]
    public void ANameLookedUpThroughAResolverSettingIsLostOnlyWhenEveryServerOfTheSettingIs()
    {
        var gateway = Component("gateway");
        var dns = Dependency("dns", ("ns1", ["resolver:10.0.0.2"]), ("ns2", ["resolver:10.0.0.3"]));
        var api = Dependency("api.internal", ("api.internal", []));
        Uses(Component("platform"), dns);
        Uses(gateway, api);
        _graph.Edge(_graph.Find("endpoint:api.internal")!, dns, GraphEdgeKind.ResolvesThrough);

        Assert.Empty(Analyse("resolver:10.0.0.2").Affected);
        Assert.Equal(
        [
            "component:gateway loses api.internal via component:gateway > dependency:api.internal > endpoint:api.internal > dependency:dns > endpoint:ns1 > resolver:10.0.0.2",
            "component:platform loses dns via component:platform > dependency:dns > endpoint:ns1 > resolver:10.0.0.2",
        ], Render(Analyse("resolver:10.0.0.2", "resolver:10.0.0.3")));
    }

    [Fact]
    public void ADependencyWithNoEndpointIsNeverLostAndAComponentWithNothingIsNeverAffected()
    {
        Uses(Component("api"), Dependency("unknown"));
        Component("idle");
        _graph.Node("region:aws/us-east-1", GraphNodeKind.Region, "aws us-east-1");

        var impact = Analyse("region:aws/us-east-1");

        Assert.Empty(impact.Affected);
        Assert.Equal("0/2", impact.BlastRadius);
    }

    [Fact]
    public void DomainsAreNamedByRegionCodeNodeIdOrProviderAndService()
    {
        Uses(Component("api"), Dependency("s3", ("s3-global", ["region:aws/us-east-1", "control:aws/s3"]), ("s3-az", ["zone:aws/use1-az1"])));

        Assert.Equal(["region:aws/us-east-1"], FailureDomains.Named(_graph, "us-east-1").Select(n => n.Id));
        Assert.Equal(["control:aws/s3"], FailureDomains.Named(_graph, "aws:s3").Select(n => n.Id));
        Assert.Equal(["zone:aws/use1-az1"], FailureDomains.Named(_graph, "zone:aws/use1-az1").Select(n => n.Id));
        Assert.Empty(FailureDomains.Named(_graph, "eu-west-1"));
    }

    private GraphNode Component(string name) => _graph.Node("component:" + name, GraphNodeKind.Component, name);

    private GraphNode Library(string name) => _graph.Node("library:" + name, GraphNodeKind.Library, name);

    private GraphNode Dependency(string name, params (string Endpoint, string[] Domains)[] endpoints)
    {
        var dependency = _graph.Node("dependency:" + name, GraphNodeKind.Dependency, name);
        foreach (var (endpointName, domains) in endpoints)
        {
            var endpoint = _graph.Node("endpoint:" + endpointName, GraphNodeKind.Endpoint, endpointName);
            _graph.Edge(dependency, endpoint, GraphEdgeKind.ServedBy);
            foreach (var domain in domains)
            {
                var kind = domain.Split(':')[0] switch
                {
                    "region" => GraphNodeKind.Region,
                    "zone" => GraphNodeKind.Zone,
                    "resolver" => GraphNodeKind.Resolver,
                    _ => GraphNodeKind.ControlPlane,
                };
                _graph.Edge(endpoint, _graph.Node(domain, kind, domain), GraphEdgeKind.FailsWith);
            }
        }

        return dependency;
    }

    private void Uses(GraphNode user, GraphNode dependency) => _graph.Edge(user, dependency, GraphEdgeKind.Uses);

    private void Includes(GraphNode user, GraphNode library) => _graph.Edge(user, library, GraphEdgeKind.Includes);

    private FailureImpact Analyse(params string[] domains) =>
        FailureAnalysis.Analyse(_graph, [.. domains.Select(d => _graph.Find(d) ?? throw new InvalidOperationException(d))]);

    private static IEnumerable<string> Render(FailureImpact impact) =>
        impact.Affected.Select(a => $"{a.Component.Id} loses {string.Join(", ", a.Lost.Select(n => n.Label))} via {string.Join(" > ", a.Path.Select(n => n.Id))}");
}
