namespace RegionLens.Core.Tests.Extraction;

/// <summary>Cosmos DB clients, options and builders (DOMAIN §4.2), compiled against Microsoft.Azure.Cosmos.</summary>
public sealed class AzureCosmosSurfaceTests
{
    [Fact]
    public void AccountEndpointsAreEndpointsAndConnectionStringsKeepOnlyTheirEndpoint()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Clients.cs", """
            using Azure.Core;
            using Microsoft.Azure.Cosmos;
            using Microsoft.Extensions.Configuration;

            public static class Clients
            {
                private const string Account = "https://orders.documents.azure.com:443/";
                private const string Connection = "AccountEndpoint=https://orders-eastus.documents.azure.com:443/;AccountKey=c2VjcmV0LWtleQ==;";

                public static CosmosClient WithKey() => new CosmosClient(Account, "c2VjcmV0LWtleQ==");
                public static CosmosClient WithToken(TokenCredential credential) =>
                    new CosmosClient("https://ledger.documents.azure.com:443/", credential, new CosmosClientOptions());
                public static CosmosClient FromConnectionString() => new CosmosClient(Connection);
                public static CosmosClient FromConfiguration(IConfiguration configuration) => new(configuration["Cosmos:Endpoint"], "c2VjcmV0");
            }
            """));

        var found = Collect.From(compilation);

        Collect.AssertLines(
        [
            "Endpoint https://orders.documents.azure.com:443/ CosmosClient @ Clients.cs:7:36, Clients.cs:10:45",
            "Endpoint https://ledger.documents.azure.com:443/ CosmosClient @ Clients.cs:12:26",
            "Endpoint https://orders-eastus.documents.azure.com:443/ CosmosClient @ Clients.cs:8:39, Clients.cs:13:58",
            "Endpoint config:Cosmos:Endpoint CosmosClient @ Clients.cs:14:87",
        ], found);
        Assert.DoesNotContain(found, line => line.Contains("AccountKey", StringComparison.Ordinal) || line.Contains("c2VjcmV0", StringComparison.Ordinal));
    }

    [Fact]
    public void ApplicationRegionsAreRegionsInTheirArmForm()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Options.cs", """
            using System.Collections.Generic;
            using Microsoft.Azure.Cosmos;

            public static class Options
            {
                public static CosmosClientOptions Nearest() => new CosmosClientOptions { ApplicationRegion = Regions.EastUS };
                public static CosmosClientOptions Written() => new() { ApplicationRegion = "West US 2" };
                public static CosmosClientOptions Ordered() => new CosmosClientOptions
                {
                    ApplicationPreferredRegions = new List<string> { Regions.EastUS, Regions.WestUS },
                };
                public static CosmosClientOptions Single() => new() { ApplicationPreferredRegions = new[] { Regions.NorthEurope } };
                public static CosmosClientOptions Collection() => new() { ApplicationPreferredRegions = [Regions.WestEurope, "Sweden Central"] };
                public static void Sovereign(CosmosClientOptions options) => options.ApplicationRegion = Regions.USGovVirginia;
            }
            """));

        Collect.AssertLines(
        [
            "Region eastus CosmosClientOptions.ApplicationRegion @ Options.cs:6:98",
            "Region westus2 CosmosClientOptions.ApplicationRegion @ Options.cs:7:80",
            "Region eastus CosmosClientOptions.ApplicationPreferredRegions @ Options.cs:10:58, Options.cs:10:9",
            "Region westus CosmosClientOptions.ApplicationPreferredRegions @ Options.cs:10:74, Options.cs:10:9",
            "Region northeurope CosmosClientOptions.ApplicationPreferredRegions @ Options.cs:12:97, Options.cs:12:59",
            "Region westeurope CosmosClientOptions.ApplicationPreferredRegions @ Options.cs:13:94, Options.cs:13:63",
            "Region swedencentral CosmosClientOptions.ApplicationPreferredRegions @ Options.cs:13:114, Options.cs:13:63",
            "Region usgovvirginia CosmosClientOptions.ApplicationRegion @ Options.cs:14:94",
        ], Collect.From(compilation));
    }

    [Fact]
    public void BuildersNameTheirEndpointAndRegions()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Builders.cs", """
            using Microsoft.Azure.Cosmos;
            using Microsoft.Azure.Cosmos.Fluent;

            public static class Builders
            {
                public static CosmosClient Nearest() =>
                    new CosmosClientBuilder("https://orders.documents.azure.com:443/", "c2VjcmV0")
                        .WithApplicationRegion(Regions.EastUS2)
                        .WithLimitToEndpoint(false)
                        .Build();

                public static CosmosClient Ordered() =>
                    new CosmosClientBuilder("AccountEndpoint=https://ledger.documents.azure.com:443/;AccountKey=c2VjcmV0;")
                        .WithApplicationPreferredRegions([Regions.WestUS3, Regions.CentralUS])
                        .Build();
            }
            """));

        Collect.AssertLines(
        [
            "Region eastus2 CosmosClientBuilder.WithApplicationRegion @ Builders.cs:8:36",
            "Endpoint https://orders.documents.azure.com:443/ CosmosClientBuilder @ Builders.cs:7:33",
            "Region westus3 CosmosClientBuilder.WithApplicationPreferredRegions @ Builders.cs:14:47, Builders.cs:14:14",
            "Region centralus CosmosClientBuilder.WithApplicationPreferredRegions @ Builders.cs:14:64, Builders.cs:14:14",
            "Endpoint https://ledger.documents.azure.com:443/ CosmosClientBuilder @ Builders.cs:13:33",
        ], Collect.From(compilation));
    }

    [Fact]
    public void UserTypesNamedLikeCosmosTypesAreNotCosmos()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Acme.cs", """
            namespace Acme
            {
                public sealed class CosmosClient
                {
                    public CosmosClient(string accountEndpoint, string key) { }
                }

                public sealed class CosmosClientOptions
                {
                    public string? ApplicationRegion { get; set; }
                }

                public sealed class Settings
                {
                    public string? ApplicationRegion { get; set; }
                    public string[]? ApplicationPreferredRegions { get; set; }
                }

                public static class Uses
                {
                    public static CosmosClient Client() => new CosmosClient("https://orders.documents.azure.com:443/", "c2VjcmV0");
                    public static CosmosClientOptions Options() => new CosmosClientOptions { ApplicationRegion = "East US" };
                    public static Settings Regions() => new Settings { ApplicationRegion = "East US", ApplicationPreferredRegions = ["West US"] };
                }
            }
            """));

        Assert.Empty(Collect.From(compilation));
    }

    [Fact]
    public void UnrestoredCosmosProjectsAreReadByShape()
    {
        var compilation = SnippetCompilation.Create(withSdk: false, ("Unbound.cs", """
            using System.Collections.Generic;
            using Microsoft.Azure.Cosmos;
            using Microsoft.Azure.Cosmos.Fluent;

            public static class Unbound
            {
                public static object Client() => new CosmosClient("https://orders.documents.azure.com:443/", "c2VjcmV0", new CosmosClientOptions { ApplicationRegion = Regions.EastUS });
                public static object Connection() => new CosmosClient("AccountEndpoint=https://ledger.documents.azure.com:443/;AccountKey=c2VjcmV0;");
                public static void Ordered(CosmosClientOptions options) => options.ApplicationPreferredRegions = new List<string> { Regions.WestUS, "North Europe" };
                public static object Builder() => new CosmosClientBuilder("https://orders.documents.azure.com:443/", "c2VjcmV0").WithApplicationRegion("West Europe");
                public static object Unknown() => new CosmosClientOptions { ApplicationRegion = Regions.Atlantis };
            }
            """));

        var found = Collect.From(compilation);

        Collect.AssertLines(
        [
            "Endpoint https://orders.documents.azure.com:443/ CosmosClient @ Unbound.cs:7:55 (syntactic)",
            "Region eastus CosmosClientOptions.ApplicationRegion @ Unbound.cs:7:156 (syntactic)",
            "Endpoint https://ledger.documents.azure.com:443/ CosmosClient @ Unbound.cs:8:59 (syntactic)",
            "Region westus CosmosClientOptions.ApplicationPreferredRegions @ Unbound.cs:9:121, Unbound.cs:9:64 (syntactic)",
            "Region northeurope CosmosClientOptions.ApplicationPreferredRegions @ Unbound.cs:9:137, Unbound.cs:9:64 (syntactic)",
            "Region westeurope CosmosClientBuilder.WithApplicationRegion @ Unbound.cs:10:140 (syntactic)",
            "Endpoint https://orders.documents.azure.com:443/ CosmosClientBuilder @ Unbound.cs:10:63 (syntactic)",
        ], found);
        Assert.DoesNotContain(found, line => line.Contains("c2VjcmV0", StringComparison.Ordinal));
    }
}
