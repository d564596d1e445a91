using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Infrastructure.Deployment;
using static RegionLens.Scanner.Tests.Deployment.DeploymentFactsRendering;

namespace RegionLens.Scanner.Tests.Deployment;

public sealed class DeploymentFactsEdgeCaseTests
{
    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("0.0.0.0:9000")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://+:8080")]
    [InlineData("redis")]
    [InlineData("db:5432")]
    [InlineData("http://orders-api")]
    [InlineData("appsettings.json")]
    [InlineData("run.sh")]
    [InlineData("/etc/ssl/certs/ca.pem")]
    [InlineData("ghcr.io/example/api:1.2.3")]
    [InlineData("nginx:1.25")]
    [InlineData("1.2.3")]
    [InlineData("1.2.3-beta")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Information")]
    [InlineData("30s")]
    [InlineData("https://${ORDERS_HOST}/api")]
    [InlineData("s3://reports-bucket/daily")]
    [InlineData(" https://orders.example.com")]
    [InlineData("")]
    public void PlainWordsPathsImagesVersionsAndLocalAddressesAreNotEndpoints(string value) =>
        Assert.Null(DeploymentValues.Endpoint(value));

    [Theory]
    [InlineData("orders.shop.svc.cluster.local", "orders.shop.svc.cluster.local")]
    [InlineData("http://inventory.shop.svc.cluster.local:8080", "http://inventory.shop.svc.cluster.local:8080")]
    [InlineData("10.0.0.5", "10.0.0.5")]
    [InlineData("db.example.com:5432", "db.example.com:5432")]
    [InlineData("https://user:secret@api.example.com/v1", "https://user:***@api.example.com/v1")]
    [InlineData("Server=orders.example.com;Database=orders;Password=p4ss", "Server=orders.example.com;Database=orders;Password=***")]
    public void HostsUrlsAddressesAndConnectionStringsAreEndpointsWithSecretsMasked(string value, string reported) =>
        Assert.Equal(reported, DeploymentValues.Endpoint(value));

    [Fact]
    public void WrongNodeKindsAreSkippedQuietly()
    {
        const string Manifest = """
            apiVersion: v1
            kind: Pod
            metadata: [orders]
            spec:
              dnsPolicy: None
              dnsConfig: 8.8.8.8
              hostAliases: 10.0.0.1
              containers:
                - name: api
                  env: { ORDERS_URL: https://orders.example.com }
                - just-a-string
            ---
            kind: Deployment
            spec: [one, two]
            ---
            - a list document
            ---
            kind: ConfigMap
            data: [https://orders.example.com]
            """;
        const string Compose = """
            services:
              api: just-a-string
              worker:
                dns: { primary: 8.8.8.8 }
                extra_hosts: db.example.com
                environment: ORDERS_URL=https://orders.example.com
            ---
            services: [api, worker]
            """;

        Assert.Empty(Lines(KubernetesFacts.Read("pod.yaml", Manifest)));
        Assert.Empty(Lines(ComposeFacts.Read("docker-compose.yml", Compose)));
        Assert.Empty(Lines(HelmValuesFacts.Read("values.yaml", "- 1\n- [2]\n")));
    }

    [Fact]
    public void EmptyFilesGiveNoFacts()
    {
        Assert.Empty(Lines(KubernetesFacts.Read("empty.yaml", string.Empty)));
        Assert.Empty(Lines(HelmValuesFacts.Read("values.yaml", "# only a comment\n")));
    }

    [Fact]
    public void AliasBombsAreReadOnceEach()
    {
        var bomb = new System.Text.StringBuilder("a0: &a0 {url: https://orders.example.com}\n");
        for (var i = 1; i <= 12; i++)
        {
            var previous = string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10));
            bomb.Append($"a{i}: &a{i} [{previous}]\n");
        }

        var compose = "x: &m0 {AWS_REGION: us-east-1}\n" + string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"x{i}: &m{i}\n  <<: [{string.Join(", ", Enumerable.Repeat($"*m{i - 1}", 10))}]\n"))
            + "services:\n  api:\n    environment: *m12\n";

        Assert.Equal(["endpoint [https://orders.example.com@values.yaml:1:15] a0.url"], Lines(HelmValuesFacts.Read("values.yaml", bomb.ToString())));
        Assert.Equal(
            ["region [us-east-1@docker-compose.yml:1:21] services.api.environment.AWS_REGION workload=api"],
            Lines(ComposeFacts.Read("docker-compose.yml", compose)));
    }

    [Fact]
    public void ATagOrAnchorBeforeAValueIsSteppedOver()
    {
        const string Compose = """
            services:
              api:
                dns: [!!str 10.0.0.2, &second "10.0.0.3"]
                environment:
                  ORDERS_URL: !!str &url 'https://orders.example.com'
            """;

        EndToEnd.Rendering.AssertLines(
        [
            "endpoint [https://orders.example.com@docker-compose.yml:5:30] services.api.environment.ORDERS_URL workload=api",
            "resolver [10.0.0.2@docker-compose.yml:3:17, 10.0.0.3@docker-compose.yml:3:35] services.api.dns @3:5 workload=api",
        ], Lines(ComposeFacts.Read("docker-compose.yml", Compose)));
    }

    [Fact]
    public void AListOfObjectsIsReadItemByItem()
    {
        const string Manifest = """
            apiVersion: v1
            kind: List
            items:
              - apiVersion: v1
                kind: Service
                metadata: { name: billing }
                spec: { type: ExternalName, externalName: billing.partner.example.org }
              - apiVersion: v1
                kind: Service
                metadata: { name: internal }
                spec: { type: ClusterIP, externalName: ignored.example.org }
            """;

        EndToEnd.Rendering.AssertLines(
        [
            "endpoint [billing.partner.example.org@list.yaml:7:47] Service/billing externalName",
        ], Lines(KubernetesFacts.Read("list.yaml", Manifest)));
    }

    [Theory]
    [InlineData("a: [1, 2\nb: 3\n", 2)]
    [InlineData("a: b\n  c: d\n", 2)]
    [InlineData("x: 1\nx: 2\n", 2)]
    [InlineData("a: *missing\n", 1)]
    [InlineData("a: 1\nloop: &loop [1, *loop]\n", 2)]
    [InlineData("services: &s\n  api:\n    <<: *s\n", 3)]
    [InlineData("? &k [*k]\n: v\n", 1)]
    public void TextThatIsNotYamlFailsWithItsLineFromEveryReader(string text, int line)
    {
        Assert.Equal(line, Assert.Throws<ConfigParseException>(() => KubernetesFacts.Read("k.yaml", text)).Line);
        Assert.Equal(line, Assert.Throws<ConfigParseException>(() => ComposeFacts.Read("compose.yaml", text)).Line);
        Assert.Equal(line, Assert.Throws<ConfigParseException>(() => HelmValuesFacts.Read("values.yaml", text)).Line);
    }
}
