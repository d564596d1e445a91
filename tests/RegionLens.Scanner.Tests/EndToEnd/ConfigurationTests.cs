using RegionLens.Scanner.Graph;
using RegionLens.Scanner.Reporting;
using RegionLens.Scanner.Scanning;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.EndToEnd;

/// <summary>Configuration joined to the code that reads it: environment overlays, and no secret in any output.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task AnEnvironmentOverlayIsItsOwnDependencyAndFailsWithItsOwnRegion()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        File.WriteAllText(copy.PathOf("src/Orders.Api/appsettings.Production.json"), "{\n  \"AWS\": { \"Region\": \"us-west-2\" }\n}\n");

        var result = await RegionLensScanner.ScanAsync(copy.Root);

        var regions = result.Dependencies.Where(d => d.Sink == "GetAWSOptions").Select(Rendering.Of);
        Rendering.AssertLines(
        [
            "Region us-west-2 [aws/-/us-west-2] Config(Production) src/Orders.Api/Orders.Api.csproj via GetAWSOptions Syntactic @ src/Orders.Api/appsettings.Production.json:2:22, src/Orders.Api/Program.cs:11:15",
            "Region us-east-1 [aws/-/us-east-1] Config src/Orders.Api/Orders.Api.csproj via GetAWSOptions Syntactic @ src/Orders.Api/appsettings.json:3:15, src/Orders.Api/Program.cs:11:15",
        ], regions);

        // Production runs in us-west-2, the other environments in us-east-1: each deployment has one region, so the
        // overlay is not an alternative to the base value, and only the Production deployment goes with us-west-2.
        var west = FailureAnalysis.Analyse(result.Graph, FailureDomains.Named(result.Graph, "us-west-2"));
        Assert.Equal(["Orders.Api: region us-west-2"], west.Affected.Select(a => $"{a.Component.Label}: {string.Join(", ", a.Lost.Select(n => n.Label))}"));
        var east = FailureAnalysis.Analyse(result.Graph, FailureDomains.Named(result.Graph, "us-east-1"));
        Assert.Contains("region us-east-1", east.Affected.Single(a => a.Component.Label == "Orders.Api").Lost.Select(n => n.Label));
    }

    [Fact]
    public async Task AnEnvironmentVariableOverrideInALaunchProfileJoinsTheKeyItOverrides()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        Directory.CreateDirectory(copy.PathOf("src/Orders.Api/Properties"));
        File.WriteAllText(copy.PathOf("src/Orders.Api/Properties/launchSettings.json"),
            "{\n  \"profiles\": {\n    \"Orders.Api\": {\n      \"environmentVariables\": { \"AWS__Region\": \"eu-central-1\" }\n    }\n  }\n}\n");

        var result = await RegionLensScanner.ScanAsync(copy.Root);

        var overridden = Assert.Single(result.Dependencies, d => d.Environment == "launchSettings:Orders.Api");
        Assert.Equal(
            "Region eu-central-1 [aws/-/eu-central-1] Config(launchSettings:Orders.Api) src/Orders.Api/Orders.Api.csproj via GetAWSOptions Syntactic @ src/Orders.Api/Properties/launchSettings.json:4:48, src/Orders.Api/Program.cs:11:15",
            Rendering.Of(overridden));
    }

    [Fact]
    public async Task ComposeAndKubernetesEnvironmentOverridesJoinTheKeysOfTheProjectsTheyDeploy()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        File.WriteAllText(copy.PathOf("docker-compose.yml"),
            "services:\n  orders:\n    build: ./src/Orders.Api\n    environment:\n      AWS__Region: eu-west-1\n");
        Directory.CreateDirectory(copy.PathOf("deploy"));
        File.WriteAllText(copy.PathOf("deploy/orders.yaml"),
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders\nspec:\n  template:\n    spec:\n      containers:\n        - name: orders-api\n          env:\n            - name: Payments__BaseUrl\n              value: https://payments.prod.example.net/\n");

        var result = await RegionLensScanner.ScanAsync(copy.Root);

        Rendering.AssertLines(
        [
            "Endpoint payments.prod.example.net [other/-/-] Config(kubernetes:Deployment/orders) src/Orders.Api/Orders.Api.csproj via HttpClient.BaseAddress Syntactic @ deploy/orders.yaml:12:22, src/Orders.Api/Program.cs:20:27",
            "Region eu-west-1 [aws/-/eu-west-1] Config(compose:orders) src/Orders.Api/Orders.Api.csproj via GetAWSOptions Syntactic @ docker-compose.yml:5:20, src/Orders.Api/Program.cs:11:15",
        ], result.Dependencies.Where(d => d.Environment is { } e && (e.StartsWith("compose:", StringComparison.Ordinal) || e.StartsWith("kubernetes:", StringComparison.Ordinal)))
            .Select(Rendering.Of));
    }

    [Fact]
    public async Task CredentialsInAConfiguredUrlNeverReachTheReport()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        var settings = copy.PathOf("src/Orders.Api/appsettings.json");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace(
            "https://payments.internal.example.com/", "https://checkout:hunter2@payments.internal.example.com/?sig=T0pS3cret", StringComparison.Ordinal));

        var result = await RegionLensScanner.ScanAsync(copy.Root);
        var report = JsonReportWriter.Write(result) + ConsoleReportWriter.Write(result, copy.Root);

        Assert.Contains("https://checkout:***@payments.internal.example.com/?sig=***", report, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", report, StringComparison.Ordinal);
        Assert.DoesNotContain("T0pS3cret", report, StringComparison.Ordinal);
    }
}
