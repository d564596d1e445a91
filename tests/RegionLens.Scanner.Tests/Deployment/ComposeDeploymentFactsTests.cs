using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Infrastructure.Deployment;
using RegionLens.Tests.Shared;
using static RegionLens.Scanner.Tests.Deployment.DeploymentFactsRendering;

namespace RegionLens.Scanner.Tests.Deployment;

public sealed class ComposeDeploymentFactsTests
{
    private static readonly string Fixtures = Path.Combine(RepositoryPaths.Root, "tests", "fixtures");

    [Fact]
    public void ComposeServicesGiveDnsExtraHostsAndEnvironmentInBothForms()
    {
        var path = Path.Combine(Fixtures, "compose", "docker-compose.yml");

        var facts = ComposeFacts.Read(path, File.ReadAllText(path));

        EndToEnd.Rendering.AssertLines(
        [
            "region [eu-central-1@docker-compose.yml:2:15] services.worker.environment.AWS_REGION workload=worker",
            "endpoint [https://payments.example.net/@docker-compose.yml:13:23] services.api.environment.PAYMENTS_URL workload=api",
            "endpoint [Host=orders-db.example.internal;Database=orders;Password=***@docker-compose.yml:15:12] services.api.environment.DB workload=api",
            "endpoint [10.20.30.40@docker-compose.yml:17:34] services.api.extra_hosts ledger.corp.example.com workload=api",
            "endpoint [2001:db8::10@docker-compose.yml:19:18] services.api.extra_hosts legacy workload=api",
            "endpoint [https://sqs.eu-central-1.amazonaws.com/123456789012/orders@docker-compose.yml:31:18] services.worker.environment.QUEUE_URL workload=worker",
            "endpoint [10.20.30.50@docker-compose.yml:34:33] services.worker.extra_hosts metrics.corp.example.com workload=worker",
            "resolver [8.8.8.8@docker-compose.yml:7:10] services.api.dns @7:5 workload=api",
            "resolver [10.0.0.2@docker-compose.yml:27:9, 10.0.0.3@docker-compose.yml:28:9] services.worker.dns @26:5 workload=worker",
        ], Lines(facts));
    }

    [Fact]
    public void ABrokenComposeFileNamesTheLineWhereParsingStopped()
    {
        var path = Path.Combine(Fixtures, "malformed", "docker-compose.yml");

        var error = Assert.Throws<ConfigParseException>(() => ComposeFacts.Read(path, File.ReadAllText(path)));

        Assert.Equal(5, error.Line);
    }
}
