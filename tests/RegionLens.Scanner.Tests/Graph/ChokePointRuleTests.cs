using RegionLens.Core.Model;
using RegionLens.Scanner.Analysis;
using RegionLens.Scanner.Graph;

namespace RegionLens.Scanner.Tests.Graph;

/// <summary>RL0100 on graphs built by hand: one finding per failure domain that leaves a component without a
/// dependency, with the domain, the components, what they lose, the blast radius, a path and the locations.</summary>
public sealed class ChokePointRuleTests
{
    private readonly DependencyGraph _graph = DependencyGraph.Create();

    [Fact]
    public void EachDomainThatTakesADependencyAwayIsOneFindingAndAReplicatedOneIsNone()
    {
        var orders = Component("Orders.Api");
        var billing = Component("Billing.Worker");
        var data = Library("Shared.Data");
        Includes(orders, data);
        Includes(billing, data);
        Uses(data, Dependency("region us-east-1", ("us-east-1", "region:aws/us-east-1", At("src/Shared.Data/AwsDefaults.cs", 6))));
        Uses(orders, Dependency("dynamodb-table orders",
            ("us-east-1", "region:aws/us-east-1", At("deploy/main.tf", 3)), ("us-west-2", "region:aws/us-west-2", At("deploy/main.tf", 20))));
        Uses(billing, Dependency("resolver 8.8.8.8", ("8.8.8.8", "resolver:8.8.8.8", At("src/Billing.Worker/Program.cs", 25))));
        Component("Idle");

        Assert.Equal(
        [
            "RL0100 Error @ src/Shared.Data/AwsDefaults.cs:6: If aws region us-east-1 fails, Billing.Worker, Orders.Api can no longer reach region us-east-1, "
                + "with no alternative (blast radius 2/3 components); path: Billing.Worker -> Shared.Data -> region us-east-1 -> aws us-east-1 "
                + "[component:Billing.Worker > library:Shared.Data > dependency:region us-east-1 > endpoint:region us-east-1/us-east-1 > region:aws/us-east-1]",
            "RL0100 Error @ src/Billing.Worker/Program.cs:25: If resolver 8.8.8.8 fails, Billing.Worker can no longer reach resolver 8.8.8.8, "
                + "with no alternative (blast radius 1/3 components); path: Billing.Worker -> resolver 8.8.8.8 "
                + "[component:Billing.Worker > dependency:resolver 8.8.8.8 > endpoint:resolver 8.8.8.8/8.8.8.8 > resolver:8.8.8.8]",
        ], Evaluate());
    }

    [Fact]
    public void AFindingListsEveryLostDependencyAndItsLocationsAfterEachComponentsPath()
    {
        var gateway = Component("Edge.Gateway");
        var worker = Component("Billing.Worker");
        Uses(gateway, Dependency("s3.amazonaws.com", ("s3.amazonaws.com", "region:aws/us-east-1", At("src/Edge.Gateway/Program.cs", 22))));
        Uses(gateway, Dependency("ledger.rds", ("ledger.rds", "region:aws/us-east-1", At("src/Edge.Gateway/appsettings.json", 6))));
        Uses(worker, Dependency("dynamodb", ("dynamodb", "region:aws/us-east-1", At("src/Billing.Worker/Program.cs", 5))));

        var finding = Assert.Single(new ChokePointRule().Evaluate(Input()));

        Assert.Equal(
            "If aws region us-east-1 fails, Billing.Worker, Edge.Gateway can no longer reach dynamodb, ledger.rds, s3.amazonaws.com, with no alternative "
            + "(blast radius 2/2 components); path: Billing.Worker -> dynamodb -> aws us-east-1",
            finding.Message);
        Assert.Equal(
            ["src/Billing.Worker/Program.cs:5", "src/Edge.Gateway/appsettings.json:6", "src/Edge.Gateway/Program.cs:22"],
            finding.Locations.Select(l => $"{l.Path}:{l.Line}"));
    }

    [Fact]
    public void ACycleOfLibrariesIsWalkedOnceAndADomainNothingLosesIsSilent()
    {
        var root = Component("root");
        var a = Library("a");
        var b = Library("b");
        Includes(root, a);
        Includes(a, b);
        Includes(b, a);
        Uses(b, Dependency("resolvers 10.0.0.2 | 10.0.0.3",
            ("10.0.0.2", "resolver:10.0.0.2", At("k8s.yaml", 19)), ("10.0.0.3", "resolver:10.0.0.3", At("k8s.yaml", 20))));

        Assert.Empty(Evaluate());
    }

    private static SourceLocation At(string path, int line) => new(path, line, 1);

    private GraphNode Component(string name) => _graph.Node("component:" + name, GraphNodeKind.Component, name);

    private GraphNode Library(string name) => _graph.Node("library:" + name, GraphNodeKind.Library, name);

    private GraphNode Dependency(string name, params (string Endpoint, string Domain, SourceLocation At)[] endpoints)
    {
        var dependency = _graph.Node("dependency:" + name, GraphNodeKind.Dependency, name);
        foreach (var (endpointName, domain, at) in endpoints)
        {
            var endpoint = _graph.Node($"endpoint:{name}/{endpointName}", GraphNodeKind.Endpoint, endpointName);
            _graph.Edge(dependency, endpoint, GraphEdgeKind.ServedBy, [at]);
            var (kind, label) = domain.Split(':') switch
            {
                ["region", var region] => (GraphNodeKind.Region, region.Replace('/', ' ')),
                [_, var server] => (GraphNodeKind.Resolver, "resolver " + server),
                _ => throw new ArgumentException(domain),
            };
            _graph.Edge(endpoint, _graph.Node(domain, kind, label), GraphEdgeKind.FailsWith, [at]);
        }

        return dependency;
    }

    private void Uses(GraphNode user, GraphNode dependency) =>
        _graph.Edge(user, dependency, GraphEdgeKind.Uses, [.. _graph.OutEdges(dependency).SelectMany(e => e.Evidence).Distinct()]);

    private void Includes(GraphNode user, GraphNode library) => _graph.Edge(user, library, GraphEdgeKind.Includes);

    private AnalysisInput Input() => new([], _graph, [], [], [], []);

    private List<string> Evaluate() =>
        [.. new ChokePointRule().Evaluate(Input()).Select(f =>
            $"{f.RuleId} {f.Level} @ {string.Join(", ", f.Locations.Select(l => $"{l.Path}:{l.Line}"))}: {f.Message} [{string.Join(" > ", f.Path!)}]")];
}
