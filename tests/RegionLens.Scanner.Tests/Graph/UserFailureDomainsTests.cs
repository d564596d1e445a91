using System.Collections.ObjectModel;
using RegionLens.Core.Classification;
using RegionLens.Core.Model;
using RegionLens.Scanner.Analysis;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Graph;
using RegionLens.Scanner.UserConfiguration;

namespace RegionLens.Scanner.Tests.Graph;

/// <summary>What an endpoint fails with once <c>failureDomains</c> and <c>redundantResolvers</c> have had their say.</summary>
public sealed class UserFailureDomainsTests
{
    private static readonly RegionLensConfig Config = new()
    {
        FailureDomains = new ReadOnlyDictionary<string, string>(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["*.corp.example.com"] = "dc:eu-1",
            ["iam.amazonaws.com"] = "zone:aws/use1-az2",
            ["10.0.0.2"] = "dc:eu-1",
            ["10.0.0.3"] = "dc:eu-1",
            ["us-east-1"] = "dc:eu-1",
        }),
        RedundantResolvers = ["10.0.0.3", "10.0.0.9"],
    };

    [Theory]
    [InlineData("region:aws/us-east-1", "region:aws/us-east-1 Region aws us-east-1")]
    [InlineData("zone:aws/use1-az1", "zone:aws/use1-az1 Zone aws use1-az1")]
    [InlineData("control:aws/iam", "control:aws/iam ControlPlane aws iam control plane")]
    [InlineData("resolver:10.0.0.2", "resolver:10.0.0.2 Resolver resolver 10.0.0.2")]
    [InlineData("dc:eu-1", "dc:eu-1 Declared dc eu-1")]
    [InlineData("site:berlin/rack-4", "site:berlin/rack-4 Declared site berlin/rack-4")]
    public void AGraphKindIsTheDiscoveredNodeAndAnyOtherKindIsDeclared(string domain, string expected)
    {
        var parsed = UserFailureDomains.Parse(domain);

        Assert.Equal(expected, $"{parsed.Id} {parsed.Kind} {parsed.Label}");
    }

    [Fact]
    public void TheUsersDomainMatchesTheLabelsTheScanGivesItsOwnNodes()
    {
        Assert.Equal(FailureDomains.Region("aws", "us-east-1"), UserFailureDomains.Parse("region:aws/us-east-1"));
        Assert.Equal(FailureDomains.Of(Resolver("10.0.0.2")).Single(), UserFailureDomains.Parse("resolver:10.0.0.2"));
    }

    [Fact]
    public void AMatchedHostReplacesTheRegionAndZoneItsNameSuggested()
    {
        var endpoint = Endpoint("db.corp.example.com", region: "us-east-1", zone: "use1-az1");

        Assert.Equal(["region:aws/us-east-1", "zone:aws/use1-az1"], Ids(endpoint, null));
        Assert.Equal(["dc:eu-1"], Ids(endpoint, Config));
        Assert.Equal(["region:aws/us-east-1", "zone:aws/use1-az1"], Ids(endpoint with { Value = "db.example.com" }, Config));
    }

    [Fact]
    public void AGlobalEndpointKeepsItsControlPlaneAndAResolverItself()
    {
        var iam = Endpoint("iam.amazonaws.com", region: null, zone: null) with
        {
            Service = "iam", Scope = EndpointScope.GlobalHomed, HomeRegion = "us-east-1",
        };

        Assert.Equal(["zone:aws/use1-az2", "control:aws/iam"], Ids(iam, Config));
        Assert.Equal(["dc:eu-1", "resolver:10.0.0.2"], Ids(Resolver("10.0.0.2"), Config));
    }

    [Fact]
    public void ARedundantResolverFailsWithNoResolverDomain()
    {
        Assert.Empty(Ids(Resolver("10.0.0.9"), Config));
        Assert.Equal(["dc:eu-1"], Ids(Resolver("10.0.0.3"), Config));
    }

    [Fact]
    public void ARegionPinIsNotAHost()
    {
        var pin = Endpoint("us-east-1", region: "us-east-1", zone: null) with { Kind = EvidenceKind.Region };

        Assert.Equal(["region:aws/us-east-1"], Ids(pin, Config));
    }

    [Fact]
    public void Rl0004InCodeSkipsARedundantResolver()
    {
        var inCode = Resolver("10.0.0.9") with { Origin = Origin.Code, Sink = "LookupClient" };
        var rule = new SingleResolverRule();

        Assert.Single(rule.Evaluate(new AnalysisInput([inCode], DependencyGraph.Create(), [], [], [], [])));
        Assert.Empty(rule.Evaluate(new AnalysisInput([inCode], DependencyGraph.Create(), [], [], [], [], Config)));
    }

    private static List<string> Ids(Dependency dependency, RegionLensConfig? config) =>
        [.. UserFailureDomains.Of(dependency, config).Select(d => d.Id)];

    private static Dependency Resolver(string address) =>
        Endpoint(address, region: null, zone: null) with { Kind = EvidenceKind.Resolver, Provider = "other", Scope = EndpointScope.Private, Origin = Origin.Iac };

    private static Dependency Endpoint(string host, string? region, string? zone) =>
        new(EvidenceKind.Endpoint, host, "aws", null, region, "aws", EndpointScope.Regional, null, zone, Origin.Config, "api", ["api"], null,
            Confidence.Syntactic, "Uri", null, [new SourceLocation("appsettings.json", 1, 1)], null);
}
