using RegionLens.Scanner.Graph;
using RegionLens.Scanner.Tests.EndToEnd;

namespace RegionLens.Scanner.Tests.Formats;

/// <summary>
/// Configuration read in a library comes from the executable it runs in: a read in <c>Shared.Data</c> is joined to the
/// appsettings of every service that references it, each value owned by that service. A list bound from a JSON array
/// gives each element, consumed at one place, so its regions are alternatives.
/// </summary>
public sealed class LibraryConfigurationTests
{
    [Fact]
    public async Task ALibrarysReadIsJoinedToTheConfigurationOfEachServiceThatRunsIt()
    {
        var result = await FixtureScan.Of("library-config");

        Rendering.AssertLines(
        [
            "Region eu-central-1 [aws/-/eu-central-1] Config(Production) src/Billing.Worker/Billing.Worker.csproj via RegionEndpoint.GetBySystemName Syntactic @ src/Billing.Worker/appsettings.Production.json:3:15, src/Shared.Data/RegionalClients.cs:12:65",
            "Region eu-west-1 [aws/-/eu-west-1] Config src/Billing.Worker/Billing.Worker.csproj via RegionEndpoint.GetBySystemName Syntactic @ src/Billing.Worker/appsettings.json:3:15, src/Shared.Data/RegionalClients.cs:12:65",
            "Region us-east-1 [aws/-/us-east-1] Config src/Orders.Api/Orders.Api.csproj via RegionEndpoint.GetBySystemName Syntactic @ src/Orders.Api/appsettings.json:3:15, src/Shared.Data/RegionalClients.cs:12:65",
            "Region us-east-1 [aws/-/us-east-1] Config src/Orders.Api/Orders.Api.csproj via RegionEndpoint.GetBySystemName Syntactic @ src/Orders.Api/appsettings.json:4:18, src/Shared.Data/RegionalClients.cs:17:23, src/Shared.Data/RegionalClients.cs:20:51",
            "Region us-west-2 [aws/-/us-west-2] Config src/Orders.Api/Orders.Api.csproj via RegionEndpoint.GetBySystemName Syntactic @ src/Orders.Api/appsettings.json:4:31, src/Shared.Data/RegionalClients.cs:17:23, src/Shared.Data/RegionalClients.cs:20:51",
        ], result.Dependencies.Select(Rendering.Of));
        Assert.Equal(["AWS:Region", "AWS:Region", "AWS:Region", "AWS:Regions:0", "AWS:Regions:1"], result.Dependencies.Select(d => d.ConfigKey));
        // Each service fails with its own region; Orders.Api's listed regions are not a choke point.
        Rendering.AssertLines(
        [
            "RL0100 error @ src/Billing.Worker/appsettings.Production.json:3: If aws region eu-central-1 fails, Billing.Worker can no longer reach region eu-central-1, with no alternative (blast radius 1/2 components); path: Billing.Worker -> region eu-central-1 -> aws eu-central-1",
            "RL0100 error @ src/Billing.Worker/appsettings.json:3: If aws region eu-west-1 fails, Billing.Worker can no longer reach region eu-west-1, with no alternative (blast radius 1/2 components); path: Billing.Worker -> region eu-west-1 -> aws eu-west-1",
            "RL0100 error @ src/Orders.Api/appsettings.json:3: If aws region us-east-1 fails, Orders.Api can no longer reach region us-east-1, with no alternative (blast radius 1/2 components); path: Orders.Api -> region us-east-1 -> aws us-east-1",
        ], result.Findings.Select(Rendering.Of));

        // The listed regions are one dependency with two endpoints: losing either region leaves the other.
        var graph = result.Graph;
        var listed = Assert.Single(graph.Nodes, n => n.Kind == GraphNodeKind.Dependency && graph.OutEdges(n).Count(e => e.Kind == GraphEdgeKind.ServedBy) == 2);
        IEnumerable<GraphNode> Lost(params string[] regions) =>
            FailureAnalysis.Analyse(graph, [.. regions.SelectMany(r => FailureDomains.Named(graph, r))]).Affected.SelectMany(a => a.Lost);
        Assert.Empty(Lost("us-west-2"));
        Assert.Equal(["region us-east-1"], Lost("us-east-1").Select(n => n.Label));
        Assert.DoesNotContain(listed, Lost("us-east-1"));
        Assert.Contains(listed, Lost("us-east-1", "us-west-2"));
    }

    [Fact]
    public async Task TheEnvironmentThatDeploysAServiceOverridesWhatItsLibraryReads()
    {
        var result = await FixtureScan.Of("library-config", root =>
        {
            File.WriteAllText(Path.Combine(root, "docker-compose.yml"),
                "services:\n  billing:\n    build: ./src/Billing.Worker\n    environment:\n      AWS__Region: ap-southeast-2\n");
            Directory.CreateDirectory(Path.Combine(root, "src/Orders.Api/Properties"));
            File.WriteAllText(Path.Combine(root, "src/Orders.Api/Properties/launchSettings.json"),
                "{\n  \"profiles\": {\n    \"Orders.Api\": {\n      \"environmentVariables\": { \"AWS__Regions__1\": \"ca-central-1\" }\n    }\n  }\n}\n");
        });

        // Each file overrides what it sets: the launch profile only the list's second element.
        Rendering.AssertLines(
        [
            "Region ap-southeast-2 [aws/-/ap-southeast-2] Config(compose:billing) src/Billing.Worker/Billing.Worker.csproj via RegionEndpoint.GetBySystemName Syntactic @ docker-compose.yml:5:20, src/Shared.Data/RegionalClients.cs:12:65",
            "Region ca-central-1 [aws/-/ca-central-1] Config(launchSettings:Orders.Api) src/Orders.Api/Orders.Api.csproj via RegionEndpoint.GetBySystemName Syntactic @ src/Orders.Api/Properties/launchSettings.json:4:52, src/Shared.Data/RegionalClients.cs:17:23, src/Shared.Data/RegionalClients.cs:20:51",
        ], result.Dependencies.Where(d => d.Environment is { } e && !e.Equals("Production", StringComparison.Ordinal)).Select(Rendering.Of));
        // The compose file runs Billing.Worker: it is that project, not a component of its own.
        Assert.Equal(["src/Billing.Worker/Billing.Worker.csproj service", "src/Orders.Api/Orders.Api.csproj service"],
            result.Components.Select(c => $"{c.Id} {c.Kind}"));
    }
}
