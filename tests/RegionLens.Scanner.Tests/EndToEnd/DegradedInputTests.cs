using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Scanning;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.EndToEnd;

/// <summary>Bad or incomplete input: the scan says what it went past, and keeps everything it could find.</summary>
public sealed class DegradedInputTests
{
    [Fact]
    public async Task AProjectThatWasNeverRestoredIsStillAnalysedBySyntax()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        var before = TreeSnapshot.Take(copy.Root);

        var result = await RegionLensScanner.ScanAsync(copy.Root);

        // Options bound through IOptions<T> need Microsoft.Extensions.Options to bind, so the Edge.Gateway pricing
        // hosts are only found once the project is restored.
        Rendering.AssertLines(
        [
            "Region us-east-1 [aws/-/us-east-1] Iac deploy/terraform via provider \"aws\" Semantic @ deploy/terraform/main.tf:15:17",
            "Endpoint dynamodb.us-east-1.amazonaws.com [aws/dynamodb/us-east-1] Code src/Billing.Worker/Billing.Worker.csproj via ClientConfig.ServiceURL Syntactic @ src/Billing.Worker/Program.cs:5:54",
            "Resolver 10.0.0.2 [other/-/-] Iac src/Edge.Gateway/Edge.Gateway.csproj via Deployment/edge-gateway dnsConfig.nameservers Semantic @ deploy/k8s/edge-gateway.yaml:19:13",
            "Endpoint s3.amazonaws.com [aws/s3/-] Code src/Edge.Gateway/Edge.Gateway.csproj via S3UsEast1RegionalEndpointValue.Legacy Syntactic @ src/Edge.Gateway/Program.cs:22:85",
            "Resolver 8.8.8.8 [other/-/-] Code src/Edge.Gateway/Edge.Gateway.csproj via DnsClient.LookupClient Syntactic @ src/Edge.Gateway/Program.cs:25:44",
            "Endpoint inventory.internal.example.net [other/-/-] Code src/Edge.Gateway/Edge.Gateway.csproj via GrpcChannel.ForAddress Syntactic @ src/Edge.Gateway/Program.cs:27:35, src/Edge.Gateway/Upstreams.cs:12:58",
            "Endpoint ledger.cluster-c9akciq32xyz.us-east-1.rds.amazonaws.com [aws/rds/us-east-1] Config src/Edge.Gateway/Edge.Gateway.csproj via GetConnectionString Syntactic @ src/Edge.Gateway/appsettings.json:6:15, src/Edge.Gateway/Program.cs:33:14",
            "Endpoint hooks.partner.example.com [other/-/-] Code src/Orders.Api/Orders.Api.csproj via HttpClient.PostAsync Semantic @ src/Orders.Api/Webhooks.cs:9:26",
            "Region us-east-1 [aws/-/us-east-1] Config src/Orders.Api/Orders.Api.csproj via GetAWSOptions Syntactic @ src/Orders.Api/appsettings.json:3:15, src/Orders.Api/Program.cs:11:15",
            "Endpoint payments.internal.example.com [other/-/-] Config src/Orders.Api/Orders.Api.csproj via HttpClient.BaseAddress Syntactic @ src/Orders.Api/appsettings.json:6:16, src/Orders.Api/Program.cs:20:27",
            "Region us-east-1 [aws/-/us-east-1] Code src/Shared.Data/Shared.Data.csproj via RegionEndpoint.GetBySystemName Syntactic @ src/Shared.Data/AwsDefaults.cs:6:41, src/Shared.Data/DynamoClientFactory.cs:10:34",
        ], result.Dependencies.Select(Rendering.Of));
        Assert.Equal(
        [
            "src/Billing.Worker/Billing.Worker.csproj",
            "src/Edge.Gateway/Edge.Gateway.csproj",
            "src/Orders.Api/Orders.Api.csproj",
            "src/Shared.Data/Shared.Data.csproj",
        ], result.Notifications.Where(n => n.Message.StartsWith("project packages are not restored", StringComparison.Ordinal)).Select(n => n.Path));
        Assert.Equal(before, TreeSnapshot.Take(copy.Root));
    }

    [Fact]
    public async Task AConfigFileThatDoesNotParseIsReportedWithItsLineAndTheRestIsKept()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        File.WriteAllText(copy.PathOf("src/Orders.Api/appsettings.json"), "{\n  \"AWS\": {\n    \"Region\": \"us-east-1\"\n    \"Broken\"\n}\n");

        var result = await RegionLensScanner.ScanAsync(copy.Root);

        var notification = Assert.Single(result.Notifications, n => n.Path == "src/Orders.Api/appsettings.json");
        Assert.Equal((NotificationLevel.Warning, 4), (notification.Level, notification.Line));
        Assert.StartsWith("could not parse: ", notification.Message, StringComparison.Ordinal);
        Assert.Contains(result.Dependencies, d => d.Component == "src/Shared.Data/Shared.Data.csproj" && d.Kind == EvidenceKind.Region);
        Assert.Contains(result.Dependencies, d => d.Sink == "ClientConfig.ServiceURL");
    }

    [Fact]
    public async Task AProjectThatFailsToLoadIsReportedAndReadBySyntaxWhileTheOthersAreScanned()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        File.WriteAllText(copy.PathOf("src/Billing.Worker/Billing.Worker.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n");

        var result = await RegionLensScanner.ScanAsync(copy.PathOf("OutageShaped.slnx"));

        Assert.Contains(result.Notifications, n => n.Path == "src/Billing.Worker/Billing.Worker.csproj" && n.Message.Contains("could not be loaded", StringComparison.Ordinal));
        Assert.Contains(result.Dependencies, d => d.Sink == "ClientConfig.ServiceURL" && d.Confidence == Confidence.Syntactic);
        Assert.Contains(result.Dependencies, d => d.Sink == "GetAWSOptions");
    }

    /// <summary>Only the MSBuild path (<c>--trust-build</c>) starts a build host, so only it can fail this way.</summary>
    [Fact]
    public async Task WhenMSBuildCannotRunTheWholeSolutionIsReadBySyntax()
    {
        // The scanned tree pins an SDK that is not installed: MSBuild's build host cannot start for it.
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        File.WriteAllText(copy.PathOf("global.json"), """{ "sdk": { "version": "8.0.100", "rollForward": "disable" } }""");

        var result = await RegionLensScanner.ScanAsync(copy.Root, options: new ScanOptions(TrustBuild: true));

        var notification = Assert.Single(result.Notifications, n => n.Level == NotificationLevel.Error);
        Assert.Equal("OutageShaped.slnx", notification.Path);
        Assert.StartsWith("could not load OutageShaped.slnx with MSBuild (", notification.Message, StringComparison.Ordinal);
        Assert.EndsWith("); C# is read by syntax only", notification.Message, StringComparison.Ordinal);
        // Without MSBuild, System.Net.Http still binds (the framework is referenced), so that one stays semantic.
        Assert.Equal(11, result.Dependencies.Count);
        Assert.Equal(["HttpClient.PostAsync"], result.Dependencies.Where(d => d.Origin == Origin.Code && d.Confidence == Confidence.Semantic).Select(d => d.Sink));
        Assert.Equal(["RL0001", "RL0002", "RL0003", "RL0004", "RL0004", "RL0005", "RL0006", "RL0008", "RL0010", "RL0100", "RL0100", "RL0100", "RL0100"], result.Findings.Select(f => f.RuleId));
    }

    [Fact]
    public async Task ATreeThatPinsAnSdkThatIsNotInstalledIsStillLoadedByDefault()
    {
        // The default loader reads project files as data and never starts the tree's SDK, so a pin does not matter.
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        File.WriteAllText(copy.PathOf("global.json"), """{ "sdk": { "version": "8.0.100", "rollForward": "disable" } }""");

        var result = await RegionLensScanner.ScanAsync(copy.Root);

        Assert.DoesNotContain(result.Notifications, n => n.Level == NotificationLevel.Error);
        Assert.Equal(11, result.Dependencies.Count);
    }

    [Theory]
    [InlineData("does-not-exist", "path not found: ")]
    [InlineData("README.md", "not a solution (.sln, .slnx), C# project (.csproj) or folder: ")]
    public async Task APathThatCannotBeScannedIsAnInputError(string relative, string expectedStart)
    {
        var path = Path.Combine(RepositoryPaths.Sample("OutageShaped"), relative);

        var error = await Assert.ThrowsAsync<ScanInputException>(() => RegionLensScanner.ScanAsync(path));

        Assert.StartsWith(expectedStart, error.Message, StringComparison.Ordinal);
    }
}
