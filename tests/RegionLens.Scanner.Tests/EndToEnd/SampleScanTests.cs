using RegionLens.Scanner.Reporting;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Tests.EndToEnd;

/// <summary>The bundled outage-shaped sample, loaded through MSBuildWorkspace with its packages restored.</summary>
public sealed class SampleScanTests(RestoredSampleFixture sample) : IClassFixture<RestoredSampleFixture>
{
    [Fact]
    public void FindsEveryDependencyWithItsLocations()
    {
        Rendering.AssertLines(
        [
            "Endpoint dynamodb.us-east-1.amazonaws.com [aws/dynamodb/us-east-1] Code src/Billing.Worker/Billing.Worker.csproj via ClientConfig.ServiceURL Semantic @ src/Billing.Worker/Program.cs:5:54",
            "Region us-east-1 [aws/-/us-east-1] Config src/Orders.Api/Orders.Api.csproj via GetAWSOptions Semantic @ src/Orders.Api/appsettings.json:3:15, src/Orders.Api/Program.cs:11:15",
            "Endpoint payments.internal.example.com [other/-/-] Config src/Orders.Api/Orders.Api.csproj via HttpClient.BaseAddress Semantic @ src/Orders.Api/appsettings.json:6:16, src/Orders.Api/Program.cs:20:27",
            "Region us-east-1 [aws/-/us-east-1] Code src/Shared.Data/Shared.Data.csproj via RegionEndpoint.GetBySystemName Semantic @ src/Shared.Data/AwsDefaults.cs:6:41, src/Shared.Data/DynamoClientFactory.cs:10:34",
        ], sample.Result.Dependencies.Select(Rendering.Of));
    }

    [Fact]
    public void TheSharedLibraryCountsForBothServices()
    {
        Assert.Equal(
            ["src/Billing.Worker/Billing.Worker.csproj:service", "src/Orders.Api/Orders.Api.csproj:service"],
            sample.Result.Components.Select(c => $"{c.Id}:{c.Kind}"));
        var shared = sample.Result.Dependencies.Single(d => d.Component == "src/Shared.Data/Shared.Data.csproj");
        Assert.Equal(["src/Billing.Worker/Billing.Worker.csproj", "src/Orders.Api/Orders.Api.csproj"], shared.UsedBy);
    }

    [Fact]
    public void FlagsThePinsAndTheSingleRegionChokePoint()
    {
        Rendering.AssertLines(
        [
            "RL0001 warning @ src/Shared.Data/AwsDefaults.cs:6, src/Shared.Data/DynamoClientFactory.cs:10: Region 'us-east-1' is hard-coded (RegionEndpoint.GetBySystemName); the client cannot follow a failover to another region",
            "RL0002 warning @ src/Billing.Worker/Program.cs:5: Endpoint 'dynamodb.us-east-1.amazonaws.com' (dynamodb in us-east-1, set through ClientConfig.ServiceURL) is hard-coded; it bypasses the SDK's region resolution and any failover",
            "RL0100 error @ src/Billing.Worker/Program.cs:5, src/Orders.Api/appsettings.json:3, src/Shared.Data/AwsDefaults.cs:6: If aws region us-east-1 fails, Billing.Worker, Orders.Api lose every dependency on it: dynamodb (1), region pins (2) with no alternative (blast radius 2/2 components)",
        ], sample.Result.Findings.Select(Rendering.Of));
    }

    [Fact]
    public void ARestoredSampleLoadsWithoutNotifications()
    {
        Assert.Empty(sample.Result.Notifications);
    }

    [Fact]
    public void TheScanLeavesTheScannedTreeUnchanged()
    {
        Assert.NotEmpty(sample.TreeBefore);
        Assert.Equal(sample.TreeBefore, sample.TreeAfter);
    }

    [Fact]
    public async Task TheSameInputGivesTheSameReportBytes()
    {
        var again = await RegionLensScanner.ScanAsync(sample.Copy.Root);

        Assert.Equal(JsonReportWriter.Write(sample.Result), JsonReportWriter.Write(again));
    }
}
