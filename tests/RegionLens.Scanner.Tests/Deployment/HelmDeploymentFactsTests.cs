using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Infrastructure;
using RegionLens.Scanner.Infrastructure.Deployment;
using RegionLens.Tests.Shared;
using static RegionLens.Scanner.Tests.Deployment.DeploymentFactsRendering;

namespace RegionLens.Scanner.Tests.Deployment;

public sealed class HelmDeploymentFactsTests
{
    private static readonly string Chart = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "helm", "orders");

    [Fact]
    public void ValuesGiveEndpointsRegionsAndResolversByKeyPath()
    {
        var path = Path.Combine(Chart, "values.yaml");

        var facts = HelmValuesFacts.Read(path, File.ReadAllText(path));

        EndToEnd.Rendering.AssertLines(
        [
            "region [us-east-1@values.yaml:10:14] global.awsRegion",
            "region [westeurope@values.yaml:28:13] cosmos.location",
            "endpoint [https://orders.example.com/api@values.yaml:12:10] global.ordersApi.url",
            "endpoint [orders.cluster-c1a2b3.us-east-1.rds.amazonaws.com@values.yaml:23:9] database.host",
            "endpoint [https://ledger.corp.example.com@values.yaml:31:5] extraHosts[0]",
            "resolver [169.254.169.253@values.yaml:17:7] podDnsConfig.nameservers @16:3",
        ], Lines(facts));
    }

    [Fact]
    public void ATemplateIsRecognisedAndGivesNoFactsFromAnyReader()
    {
        var path = Path.Combine(Chart, "templates", "deployment.yaml");
        var text = File.ReadAllText(path);

        Assert.True(FileKinds.IsHelmTemplate(path, text));
        Assert.Equal(FileKind.HelmTemplate, FileKinds.ByContent(path, text));
        Assert.Empty(Lines(KubernetesFacts.Read(path, text)));
        Assert.Empty(Lines(HelmValuesFacts.Read(path, text)));
    }

    [Fact]
    public void ABrokenValuesFileNamesTheLineWhereParsingStopped()
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "malformed", "values.yaml");

        var error = Assert.Throws<ConfigParseException>(() => HelmValuesFacts.Read(path, File.ReadAllText(path)));

        Assert.Equal(3, error.Line);
    }
}
