using RegionLens.Scanner.Configuration;

namespace RegionLens.Scanner.Tests.Configuration;

public sealed class DeploymentEnvironmentReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regionlens-deploy-").FullName;

    [Fact]
    public void ComposeServicesGiveTheirEnvironmentInMapAndListForms()
    {
        var path = Write("docker-compose.yml", """
            services:
              orders-api:
                build: ./src/Orders.Api
                environment:
                  AWS__Region: eu-west-1
                  LOG_LEVEL: debug
              billing:
                build:
                  context: ./src/Billing.Worker
                environment:
                  - "AWS__Region=us-west-2"
                  - Payments__BaseUrl=https://payments.example.net/
              redis:
                image: redis:7
            """);

        var units = DeploymentEnvironmentReader.Read(path);

        EndToEnd.Rendering.AssertLines(
        [
            "compose:orders-api [orders-api] src/Orders.Api: AWS__Region=eu-west-1 @5:20, LOG_LEVEL=debug @6:18",
            "compose:billing [billing] src/Billing.Worker: AWS__Region=us-west-2 @11:22, Payments__BaseUrl=https://payments.example.net/ @12:27",
        ], units.Select(Render));
    }

    [Fact]
    public void KubernetesWorkloadsGiveTheirContainersLiteralEnvironment()
    {
        var path = Write("deploy.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: orders
            spec:
              template:
                spec:
                  containers:
                    - name: orders-api
                      env:
                        - name: AWS__Region
                          value: us-east-1
                        - name: Secret
                          valueFrom: { secretKeyRef: { name: s, key: k } }
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: nightly
            spec:
              jobTemplate:
                spec:
                  template:
                    spec:
                      containers:
                        - name: billing-worker
                          env:
                            - { name: AWS__Region, value: us-west-2 }
            """);

        var units = DeploymentEnvironmentReader.Read(path);

        EndToEnd.Rendering.AssertLines(
        [
            "kubernetes:Deployment/orders [orders-api, orders] -: AWS__Region=us-east-1 @12:22",
            "kubernetes:CronJob/nightly [billing-worker, nightly] -: AWS__Region=us-west-2 @28:47",
        ], units.Select(Render));
    }

    [Fact]
    public void AFileThatIsNotYamlNamesItsLine()
    {
        var path = Write("compose.yaml", "services:\n  api:\n    environment: [unclosed\n");

        var error = Assert.Throws<ConfigParseException>(() => DeploymentEnvironmentReader.Read(path));

        Assert.Equal(4, error.Line);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Render(DeploymentVariables unit) =>
        $"{unit.Environment} [{string.Join(", ", unit.Names)}] {(unit.BuildContext is null ? "-" : Path.GetRelativePath(_folder, unit.BuildContext))}: "
        + string.Join(", ", unit.Variables.Select(v => $"{v.Key}={v.Value} @{v.Location.Line}:{v.Location.Column}"));

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
