namespace RegionLens.Core.Tests.Extraction;

/// <summary>DnsClient.NET name servers (DOMAIN §5.2) on real snippets compiled against DnsClient 1.8.0.</summary>
public sealed class DnsSurfaceTests
{
    [Fact]
    public void AnAddressParsedInPlaceIsOneResolverAndNotAlsoABareIp()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Resolvers.cs", """
            using System.Net;
            using DnsClient;

            public static class Resolvers
            {
                public static LookupClient Google() => new LookupClient(IPAddress.Parse("8.8.8.8"));
                public static LookupClient Vpc() => new LookupClient(IPAddress.Parse("10.0.0.2"), 53);
                public static LookupClient System() => new LookupClient();
            }
            """));

        Collect.AssertLines(
        [
            "Resolver 8.8.8.8 DnsClient.LookupClient @ Resolvers.cs:6:77",
            "Resolver 10.0.0.2 DnsClient.LookupClient @ Resolvers.cs:7:74",
        ], Collect.From(compilation));
    }

    [Fact]
    public void NameServerConstantsAreLocatedAtTheConstantThenAtTheClient()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Constants.cs", """
            using DnsClient;

            public static class Constants
            {
                public static LookupClient Cloudflare() => new LookupClient(NameServer.Cloudflare, NameServer.Cloudflare2);

                public static LookupClient Google() =>
                    new LookupClient(
                        NameServer.GooglePublicDns,
                        NameServer.GooglePublicDns2IPv6);
            }
            """));

        Collect.AssertLines(
        [
            "Resolver 1.1.1.1 DnsClient.LookupClient @ Constants.cs:5:65",
            "Resolver 1.0.0.1 DnsClient.LookupClient @ Constants.cs:5:88",
            "Resolver 8.8.4.4 DnsClient.LookupClient @ Constants.cs:9:13, Constants.cs:8:9",
            "Resolver 2001:4860:4860::8888 DnsClient.LookupClient @ Constants.cs:10:13, Constants.cs:8:9",
        ], Collect.From(compilation));
    }

    [Fact]
    public void OptionsHandedToTheClientAreReportedOnceByTheClient()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Options.cs", """
            using System;
            using System.Net;
            using DnsClient;

            public static class Options
            {
                public static LookupClient Inline() =>
                    new LookupClient(new LookupClientOptions(NameServer.GooglePublicDns) { UseCache = false, Retries = 0 });

                public static LookupClient FromLocal()
                {
                    var options = new LookupClientOptions(IPAddress.Parse("10.0.0.2")) { Timeout = TimeSpan.FromSeconds(2) };
                    return new LookupClient(options);
                }

                public static LookupClientOptions Unused() => new LookupClientOptions(NameServer.Cloudflare);
            }
            """));

        Collect.AssertLines(
        [
            "Resolver 8.8.4.4 DnsClient.LookupClient @ Options.cs:8:50",
            "Resolver 10.0.0.2 DnsClient.LookupClient @ Options.cs:12:63, Options.cs:13:16",
            "Resolver 1.1.1.1 DnsClient.LookupClientOptions @ Options.cs:16:75",
        ], Collect.From(compilation));
    }

    [Fact]
    public void EndPointsAndNameServerObjectsGiveTheirAddress()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("EndPoints.cs", """
            using System.Collections.Generic;
            using System.Net;
            using DnsClient;

            public static class EndPoints
            {
                public static LookupClient Vpc() => new LookupClient(new IPEndPoint(IPAddress.Parse("10.0.0.2"), 53));
                public static LookupClient Wrapped() => new LookupClient(new NameServer(IPAddress.Parse("10.8.0.2"), 5353));
                public static List<NameServer> Listed() => [new NameServer(IPAddress.Parse("169.254.169.253"))];
            }
            """));

        Collect.AssertLines(
        [
            "Resolver 10.0.0.2 DnsClient.LookupClient @ EndPoints.cs:7:89",
            "Resolver 10.8.0.2 DnsClient.LookupClient @ EndPoints.cs:8:93",
            "Resolver 169.254.169.253 DnsClient.NameServer @ EndPoints.cs:9:80",
        ], Collect.From(compilation));
    }

    [Fact]
    public void ParamsArraysCollectionExpressionsAndVariablesAreFollowed()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Arrays.cs", """
            using System.Net;
            using DnsClient;

            public static class Arrays
            {
                private static readonly IPAddress Primary = IPAddress.Parse("10.0.0.2");

                public static LookupClient Implicit() => new LookupClient(new[] { Primary, IPAddress.Parse("10.1.0.2") });
                public static LookupClient Typed() => new LookupClient(new IPEndPoint[] { NameServer.Cloudflare });
                public static LookupClient Collection() => new LookupClient([NameServer.Cloudflare2, new NameServer(Primary)]);

                public static LookupClient Local()
                {
                    IPAddress[] servers = [IPAddress.Parse("192.168.0.53")];
                    return new LookupClient(servers);
                }
            }
            """));

        Collect.AssertLines(
        [
            "Resolver 10.0.0.2 DnsClient.LookupClient @ Arrays.cs:6:65, Arrays.cs:8:46",
            "Resolver 10.1.0.2 DnsClient.LookupClient @ Arrays.cs:8:96",
            "Resolver 1.1.1.1 DnsClient.LookupClient @ Arrays.cs:9:79",
            "Resolver 1.0.0.1 DnsClient.LookupClient @ Arrays.cs:10:66",
            "Resolver 10.0.0.2 DnsClient.LookupClient @ Arrays.cs:6:65, Arrays.cs:10:48",
            "Resolver 192.168.0.53 DnsClient.LookupClient @ Arrays.cs:14:48, Arrays.cs:15:16",
        ], Collect.From(compilation));
    }

    [Fact]
    public void AddressesFromConstantsAndConfigurationAreResolved()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Configured.cs", """
            using System.Net;
            using DnsClient;
            using Microsoft.Extensions.Configuration;

            public static class Configured
            {
                private const string Vpc = "10.0.0.2";

                public static LookupClient Fixed() => new LookupClient(IPAddress.Parse(Vpc));

                public static LookupClient Read(IConfiguration configuration) =>
                    new LookupClient(IPAddress.Parse(configuration["Dns:Server"]!));
            }
            """));

        Collect.AssertLines(
        [
            "Resolver 10.0.0.2 DnsClient.LookupClient @ Configured.cs:7:32, Configured.cs:9:43",
            "Resolver config:Dns:Server DnsClient.LookupClient @ Configured.cs:12:42",
        ], Collect.From(compilation));
    }

    [Fact]
    public void QueryServerCallsNameTheServersOfOneQuery()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Query.cs", """
            using System.Net;
            using System.Threading.Tasks;
            using DnsClient;

            public static class Query
            {
                public static Task<IDnsQueryResponse> Ask(ILookupClient client) =>
                    client.QueryServerAsync(new[] { IPAddress.Parse("10.0.0.2") }, "orders.internal", QueryType.A);

                public static IDnsQueryResponse Answer(LookupClient client) =>
                    client.Query(new DnsQuestion("orders.internal", QueryType.A), new DnsQueryAndServerOptions(NameServer.Cloudflare));
            }
            """));

        Collect.AssertLines(
        [
            "Resolver 10.0.0.2 DnsClient.LookupClient.QueryServerAsync @ Query.cs:8:57",
            "Resolver 1.1.1.1 DnsClient.DnsQueryAndServerOptions @ Query.cs:11:100",
        ], Collect.From(compilation));
    }

    [Fact]
    public void ClientsThatResolveThroughTheSystemNameNoResolver()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("System.cs", """
            using DnsClient;

            public static class SystemResolvers
            {
                public static LookupClient Default() => new LookupClient();
                public static LookupClient Tuned() => new LookupClient(new LookupClientOptions { UseCache = true, Retries = 3 });
                public static LookupClientOptions Bare() => new();
            }
            """));

        Assert.Empty(Collect.From(compilation));
    }

    [Fact]
    public void EveryNameServerConstantOfTheLibraryMapsToTheAddressTheLibraryGivesIt()
    {
        var constants = typeof(DnsClient.NameServer)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(field => field.FieldType == typeof(System.Net.IPEndPoint))
            .ToList();
        Assert.NotEmpty(constants);

        foreach (var constant in constants)
        {
            var compilation = SnippetCompilation.Create(withSdk: true, ("Pinned.cs", $$"""
                public static class Pinned
                {
                    public static DnsClient.LookupClient Client() => new(DnsClient.NameServer.{{constant.Name}});
                }
                """));

            var address = ((System.Net.IPEndPoint)constant.GetValue(null)!).Address.ToString();
            Collect.AssertLines([$"Resolver {address} DnsClient.LookupClient @ Pinned.cs:3:58"], Collect.From(compilation));
        }
    }

    [Fact]
    public void UnrestoredDnsClientIsRecognisedBySyntax()
    {
        // No DnsClient assembly: LookupClient and NameServer do not bind, as in a project never restored.
        var compilation = SnippetCompilation.Create(withSdk: false, ("Unbound.cs", """
            using System.Net;
            using DnsClient;

            public static class Unbound
            {
                public static object Google() => new LookupClient(IPAddress.Parse("8.8.8.8"));
                public static object Pair() => new LookupClient(NameServer.Cloudflare, NameServer.Cloudflare2);
                public static object Options() => new LookupClient(new LookupClientOptions(new IPEndPoint(IPAddress.Parse("10.0.0.2"), 53)));
                public static object Auto() => new LookupClient();
            }
            """));

        Collect.AssertLines(
        [
            "Resolver 8.8.8.8 DnsClient.LookupClient @ Unbound.cs:6:71 (syntactic)",
            "Resolver 1.1.1.1 DnsClient.LookupClient @ Unbound.cs:7:53 (syntactic)",
            "Resolver 1.0.0.1 DnsClient.LookupClient @ Unbound.cs:7:76 (syntactic)",
            "Resolver 10.0.0.2 DnsClient.LookupClient @ Unbound.cs:8:111 (syntactic)",
        ], Collect.From(compilation));
    }
}
