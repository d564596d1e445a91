using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Infrastructure.Deployment;

namespace RegionLens.Scanner.Tests.Deployment;

/// <summary>A compose file or manifest is parsed once per scan, and every reader of the shared documents reads what
/// it reads from its own parse.</summary>
public sealed class DeploymentDocumentsTests
{
    private const string Compose = """
        services:
          orders-api:
            build: ./src/Orders.Api
            dns: 8.8.8.8
            environment:
              AWS__Region: eu-west-1
              PAYMENTS_URL: https://payments.example.net/
        """;

    [Fact]
    public void AFileIsParsedOnceAndReadTheSameByEveryReader()
    {
        var documents = new DeploymentDocuments();

        var facts = ComposeFacts.Read("/deploy/docker-compose.yml", Compose, documents);
        var units = DeploymentEnvironmentReader.Read("/deploy/docker-compose.yml", Compose, documents);

        Assert.Same(documents.Load("/deploy/docker-compose.yml", Compose), documents.Load("/deploy/docker-compose.yml", Compose));
        Assert.Equal((1, 1, 1), (facts.Regions.Count, facts.Endpoints.Count, facts.Resolvers.Count));
        Assert.Equal(Render(ComposeFacts.Read("/deploy/docker-compose.yml", Compose)), Render(facts));
        Assert.Equal(
            DeploymentEnvironmentReader.Read("/deploy/docker-compose.yml", Compose).SelectMany(u => u.Variables),
            units.SelectMany(u => u.Variables));
    }

    [Fact]
    public void AFileThatDoesNotParseFailsTheSameForEveryReader()
    {
        var documents = new DeploymentDocuments();
        const string broken = "services:\n  api: [unclosed\n";

        var first = Assert.Throws<ConfigParseException>(() => KubernetesFacts.Read("/k8s/api.yaml", broken, documents));
        var second = Assert.Throws<ConfigParseException>(() => DeploymentEnvironmentReader.Read("/k8s/api.yaml", broken, documents));

        Assert.Same(first, second);
        Assert.Equal(Assert.Throws<ConfigParseException>(() => KubernetesFacts.Read("/k8s/api.yaml", broken)).Message, first.Message);
    }

    private static IEnumerable<string> Render(Infrastructure.InfrastructureFacts facts) =>
        facts.Regions.Select(r => $"region {r.Region.Text} {r.Subject} {r.Region.Location}")
            .Concat(facts.Endpoints.Select(e => $"endpoint {e.Value.Text} {e.Subject} {e.Value.Location}"))
            .Concat(facts.Resolvers.Select(r => $"resolver {string.Join(",", r.Servers.Select(s => s.Text))} {r.Setting} {r.Location}"));
}
