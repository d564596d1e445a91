using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Infrastructure.Deployment;
using RegionLens.Tests.Shared;
using static RegionLens.Scanner.Tests.Deployment.DeploymentFactsRendering;

namespace RegionLens.Scanner.Tests.Deployment;

public sealed class KubernetesDeploymentFactsTests
{
    private static readonly string Fixtures = Path.Combine(RepositoryPaths.Root, "tests", "fixtures");

    [Fact]
    public void OrdersManifestGivesResolversHostAliasesEnvironmentServicesAndConfigMaps()
    {
        var facts = Read("kubernetes/orders.yaml");

        EndToEnd.Rendering.AssertLines(
        [
            "region [eu-west-1@orders.yaml:47:22] Deployment/orders container api env AWS_REGION workload=api",
            "region [us-east-1@orders.yaml:77:54] CronJob/nightly-report container report env AWS_DEFAULT_REGION workload=report",
            "region [us-west-2@orders.yaml:105:20] ConfigMap/app-config data.DYNAMODB_REGION",
            "endpoint [10.20.30.40@orders.yaml:28:15] Deployment/orders hostAliases ledger workload=orders",
            "endpoint [10.20.30.40@orders.yaml:28:15] Deployment/orders hostAliases ledger.corp.example.com workload=orders",
            "endpoint [orders-db.cluster-c1a2b3.eu-west-1.rds.amazonaws.com@orders.yaml:37:22] Deployment/orders container migrate env DB_HOST workload=migrate",
            "endpoint [https://payments.example.net/v2/@orders.yaml:49:22] Deployment/orders container api env PAYMENTS_URL workload=api",
            "endpoint [http://inventory.shop.svc.cluster.local:8080@orders.yaml:51:22] Deployment/orders container api env INVENTORY_URL workload=api",
            "endpoint [https://reports.s3.us-east-1.amazonaws.com@orders.yaml:78:53] CronJob/nightly-report container report env REPORT_BUCKET_URL workload=report",
            "endpoint [legacy-db.corp.example.com@orders.yaml:86:17] Service/legacy-db externalName",
            "endpoint [https://orders.example.com/api@orders.yaml:104:15] ConfigMap/app-config data.ORDERS_URL",
            "resolver [10.100.0.10@orders.yaml:21:13] Deployment/orders dnsConfig.nameservers @20:9 workload=orders",
        ], Lines(facts));
    }

    [Fact]
    public void OnlyDnsPolicyNoneMakesTheNameserversTheWholeResolverList()
    {
        var facts = Read("kubernetes/resilient.yaml");

        EndToEnd.Rendering.AssertLines(
        [
            "resolver [10.100.0.10@resilient.yaml:17:23, 10.100.0.11@resilient.yaml:17:38] StatefulSet/ledger dnsConfig.nameservers @17:9 workload=ledger",
        ], Lines(facts));
    }

    [Fact]
    public void ABrokenManifestNamesTheLineWhereParsingStopped()
    {
        var path = Path.Combine(Fixtures, "malformed", "broken-k8s.yaml");

        var error = Assert.Throws<ConfigParseException>(() => KubernetesFacts.Read(path, File.ReadAllText(path)));

        Assert.Equal(12, error.Line);
        Assert.Equal(path, error.FilePath);
    }

    private static Infrastructure.InfrastructureFacts Read(string relative)
    {
        var path = Path.Combine(Fixtures, relative);
        return KubernetesFacts.Read(path, File.ReadAllText(path));
    }
}
