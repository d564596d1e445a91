namespace RegionLens.Core.Tests.Extraction;

/// <summary>How values reach a sink: assignments, parameters, formatting, URIs, collections and options classes.</summary>
public sealed class ValueFlowTests
{
    [Fact]
    public void ALocalTakesItsInitializerAndTheAssignmentsBeforeTheRead()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Local.cs", """
            using System;

            public static class Local
            {
                public static Uri Pick(bool secondary)
                {
                    var url = "https://primary.example.net/";
                    if (secondary)
                    {
                        url = "https://secondary.example.net/";
                    }

                    var uri = new Uri(url);
                    url = "https://after.example.net/";
                    return uri;
                }
            }
            """));

        Collect.AssertLines(
        [
            "Endpoint https://primary.example.net/ Uri @ Local.cs:7:19, Local.cs:13:19",
            "Endpoint https://secondary.example.net/ Uri @ Local.cs:10:19, Local.cs:13:19",
        ], Collect.From(compilation));
    }

    [Fact]
    public void AParameterTakesEveryArgumentItsCallersPassAndItsDefault()
    {
        var compilation = SnippetCompilation.Create(withSdk: true,
            ("Clients.cs", """
                using Amazon;
                using Amazon.DynamoDBv2;

                public static class Clients
                {
                    public static AmazonDynamoDBClient For(string region = "us-west-2") =>
                        new(RegionEndpoint.GetBySystemName(region));
                }
                """),
            ("Callers.cs", """
                public static class Callers
                {
                    private const string Europe = "eu-west-1";

                    public static object Primary() => Clients.For(Europe);
                    public static object Fallback() => Clients.For();
                }
                """));

        Collect.AssertLines(
        [
            "Region eu-west-1 RegionEndpoint.GetBySystemName @ Callers.cs:3:35, Clients.cs:7:13",
            "Region us-west-2 RegionEndpoint.GetBySystemName @ Clients.cs:6:60, Clients.cs:7:13",
        ], Collect.From(compilation));
    }

    [Fact]
    public void FormatConcatAndUriCompositionResolveToTheWholeUrl()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Urls.cs", """
            using System;

            public static class Urls
            {
                private const string Region = "eu-west-1";
                private static readonly Uri Api = new Uri("https://api.example.net/v1/");

                public static Uri Queue() => new Uri(string.Format("https://{0}.{1}.amazonaws.com/{{id}}", "sqs", Region));
                public static Uri Table() => new Uri(string.Concat("https://", "dynamodb.", Region, ".amazonaws.com"));
                public static Uri Orders() => new Uri(Api, "orders");
                public static Uri Root() => new Uri(Api, "/health");
                public static Uri Built() => new UriBuilder("https", "billing.example.net", 8443, "invoices").Uri;
                public static Uri Initialized() => new UriBuilder { Scheme = "https", Host = "ledger.example.net" }.Uri;
            }
            """));

        Collect.AssertLines(
        [
            "Endpoint https://api.example.net/v1/ Uri @ Urls.cs:6:47",
            "Endpoint https://sqs.eu-west-1.amazonaws.com/{id} Uri @ Urls.cs:8:56, Urls.cs:8:96, Urls.cs:5:35",
            "Endpoint https://dynamodb.eu-west-1.amazonaws.com Uri @ Urls.cs:9:56, Urls.cs:9:68, Urls.cs:5:35, Urls.cs:9:89",
            "Endpoint https://api.example.net/v1/orders Uri @ Urls.cs:6:47, Urls.cs:10:48",
            "Endpoint https://api.example.net/health Uri @ Urls.cs:6:47, Urls.cs:11:46",
            "Endpoint https://billing.example.net:8443/invoices UriBuilder @ Urls.cs:12:58",
            "Endpoint https://ledger.example.net UriBuilder @ Urls.cs:13:82",
        ], Collect.From(compilation));
    }

    [Fact]
    public void EachElementOfACollectionIsAValue()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Regions.cs", """
            using System.Collections.Generic;
            using Amazon;
            using Amazon.DynamoDBv2;

            public static class Regions
            {
                private static readonly string[] Active = { "us-east-1", "us-west-2" };
                private static readonly List<string> Standby = new() { "eu-west-1" };

                public static IEnumerable<AmazonDynamoDBClient> Clients()
                {
                    foreach (var region in Active)
                    {
                        yield return new AmazonDynamoDBClient(RegionEndpoint.GetBySystemName(region));
                    }

                    foreach (var region in Standby)
                    {
                        yield return new AmazonDynamoDBClient(RegionEndpoint.GetBySystemName(region));
                    }
                }
            }
            """));

        Collect.AssertLines(
        [
            "Region us-east-1 RegionEndpoint.GetBySystemName @ Regions.cs:7:49, Regions.cs:14:51",
            "Region us-west-2 RegionEndpoint.GetBySystemName @ Regions.cs:7:62, Regions.cs:14:51",
            "Region eu-west-1 RegionEndpoint.GetBySystemName @ Regions.cs:8:60, Regions.cs:19:51",
        ], Collect.From(compilation));
    }

    [Fact]
    public void OptionsPropertiesReadTheKeysOfTheSectionTheirClassIsBoundTo()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Options.cs", """
            using System;
            using Amazon;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Options;

            public sealed class AwsSettings
            {
                public string Region { get; set; } = "";
                public Endpoints Endpoints { get; set; } = new();
            }

            public sealed class Endpoints
            {
                public string Payments { get; set; } = "";
            }

            public sealed class Archive
            {
                public string Region { get; set; } = "";
            }

            public sealed class Ledger
            {
                public string Url { get; set; } = "";
            }

            public static class Startup
            {
                public static void Register(IServiceCollection services, IConfiguration configuration)
                {
                    services.Configure<AwsSettings>(configuration.GetSection("Aws"));
                    services.AddOptions<Archive>().BindConfiguration("Archive");
                }

                public static RegionEndpoint Primary(IOptions<AwsSettings> options) => RegionEndpoint.GetBySystemName(options.Value.Region);
                public static Uri Payments(IOptionsMonitor<AwsSettings> monitor) => new Uri(monitor.CurrentValue.Endpoints.Payments);
                public static RegionEndpoint Backup(IOptionsSnapshot<Archive> archive) => RegionEndpoint.GetBySystemName(archive.Value.Region);
                public static Uri Direct(IConfiguration configuration) => new Uri(configuration.GetSection("Ledger").Get<Ledger>()!.Url);
            }
            """));

        Collect.AssertLines(
        [
            "Region config:Aws:Region RegionEndpoint.GetBySystemName @ Options.cs:36:107",
            "Endpoint config:Aws:Endpoints:Payments Uri @ Options.cs:37:81",
            "Region config:Archive:Region RegionEndpoint.GetBySystemName @ Options.cs:38:110",
            "Endpoint config:Ledger:Url Uri @ Options.cs:39:71",
        ], Collect.From(compilation));
    }

    [Fact]
    public void AParameterOfARecursiveMethodDoesNotLoop()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Retry.cs", """
            using System;

            public static class Retry
            {
                public static Uri Call(string url, int attempts) =>
                    attempts == 0 ? new Uri(url) : Call(url + "/", attempts - 1);

                public static Uri Start() => Call("https://flaky.example.net", 3);
            }
            """));

        Collect.AssertLines(["Endpoint https://flaky.example.net Uri @ Retry.cs:8:39, Retry.cs:6:25"], Collect.From(compilation));
    }

    [Fact]
    public void AConnectionStringReadIsAConfigurationKeyToJoin()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Db.cs", """
            using Microsoft.Extensions.Configuration;

            public static class Db
            {
                public static string? Ledger(IConfiguration configuration) => configuration.GetConnectionString("Ledger");
            }
            """));

        Collect.AssertLines(["Endpoint config:ConnectionStrings:Ledger GetConnectionString @ Db.cs:5:67"], Collect.From(compilation));
    }

    [Fact]
    public void AListBoundFromConfigurationIsReadAsEachOfItsElements()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Lists.cs", """
            using System.Collections.Generic;
            using Amazon;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Options;

            public sealed class AwsSettings
            {
                public List<string> Regions { get; set; } = new();
                public string[] Backups { get; set; } = [];
            }

            public static class Lists
            {
                public static void Register(IServiceCollection services, IConfiguration configuration) =>
                    services.Configure<AwsSettings>(configuration.GetSection("Aws"));

                public static IEnumerable<RegionEndpoint> FromArray(IConfiguration configuration)
                {
                    foreach (var region in configuration.GetSection("Aws:Regions").Get<string[]>()!)
                    {
                        yield return RegionEndpoint.GetBySystemName(region);
                    }
                }

                public static RegionEndpoint FirstOfList(IConfiguration configuration) =>
                    RegionEndpoint.GetBySystemName(configuration.GetSection("Failover").Get<List<string>>()![0]);

                public static IEnumerable<RegionEndpoint> FromOptions(IOptions<AwsSettings> options)
                {
                    foreach (var region in options.Value.Regions)
                    {
                        yield return RegionEndpoint.GetBySystemName(region);
                    }

                    yield return RegionEndpoint.GetBySystemName(options.Value.Backups[0]);
                }
            }
            """));

        // A list read as a whole is each of its elements (joined as Aws:Regions:0, Aws:Regions:1, ...); a constant
        // index names one.
        Collect.AssertLines(
        [
            "Region config:Aws:Regions:* RegionEndpoint.GetBySystemName @ Lists.cs:20:32, Lists.cs:22:26",
            "Region config:Failover:0 RegionEndpoint.GetBySystemName @ Lists.cs:27:40",
            "Region config:Aws:Regions:* RegionEndpoint.GetBySystemName @ Lists.cs:31:32, Lists.cs:33:26",
            "Region config:Aws:Backups:0 RegionEndpoint.GetBySystemName @ Lists.cs:36:53",
        ], Collect.From(compilation));
    }

    [Fact]
    public void AListBoundFromConfigurationIsRecognisedByItsShapeWithoutPackages()
    {
        var compilation = SnippetCompilation.Create(withSdk: false, ("Unbound.cs", """
            using Amazon;
            using Microsoft.Extensions.Configuration;

            public static class Unbound
            {
                public static void Each(IConfiguration configuration)
                {
                    var regions = configuration.GetSection("Aws:Regions").Get<List<string>>();
                    foreach (var region in regions)
                    {
                        RegionEndpoint.GetBySystemName(region);
                    }

                    RegionEndpoint.GetBySystemName(configuration.GetSection("Aws:Single").Get<string>());
                }
            }
            """));

        Collect.AssertLines(
        [
            "Region config:Aws:Regions:* RegionEndpoint.GetBySystemName @ Unbound.cs:8:23, Unbound.cs:11:13 (syntactic)",
        ], Collect.From(compilation));
    }
}
