namespace RegionLens.Core.Tests.Extraction;

/// <summary>Text that looks like a URL, host or IP address but is nothing the code connects to: none of it is evidence.</summary>
public sealed class LookalikeTests
{
    [Fact]
    public void CommentsAndDocumentationAreNotCode()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Commented.cs", """
            using System.Net.Http;
            using System.Threading.Tasks;

            /// <summary>Reads orders from https://dynamodb.us-east-1.amazonaws.com through 8.8.8.8.</summary>
            /// <remarks>See <see href="https://github.com/MichaCo/DnsClient.NET">DnsClient</see>.</remarks>
            public static class Commented
            {
                // var client = new LookupClient(IPAddress.Parse("8.8.8.8"));
                /* await http.GetAsync("https://orders.example.net/api/orders"); */
                public static Task<string> Read(HttpClient http) => http.GetStringAsync("/api/orders"); // https://orders.example.net
            }
            """));

        Assert.Empty(Collect.From(compilation));
    }

    [Fact]
    public void LogAndExceptionMessagesAreNotRequests()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Messages.cs", """
            using System;
            using System.Diagnostics;
            using System.Net.Http;

            public interface ILog
            {
                void LogInformation(string message, params object[] args);
            }

            public static class Messages
            {
                private const string Orders = "https://orders.example.net";

                public static void Report(ILog logger, HttpClient client)
                {
                    Console.WriteLine("calling https://orders.example.net/api/orders");
                    Console.WriteLine($"calling {Orders} through 10.0.0.2");
                    Trace.TraceInformation("resolver 8.8.8.8 answered for https://sts.amazonaws.com");
                    logger.LogInformation("Calling {Url}", "https://billing.example.net/api/invoices");
                    client.DefaultRequestHeaders.Add("Origin", "https://app.example.net");
                    throw new InvalidOperationException("see https://status.aws.amazon.com for us-east-1");
                }

                public static Exception Failed() => new HttpRequestException("GET https://orders.example.net/api/orders failed");
            }
            """));

        Assert.Empty(Collect.From(compilation));
    }

    [Fact]
    public void XmlNamespacesAndSchemaIdentifiersAreNames()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Schemas.cs", """
            using System.Collections.Generic;
            using System.Xml.Linq;

            public static class Schemas
            {
                private const string Manifest = "{ \"$schema\": \"https://json-schema.org/draft/2020-12/schema\" }";

                public static XElement Envelope()
                {
                    XNamespace soap = "http://schemas.xmlsoap.org/soap/envelope/";
                    var xsi = XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance");
                    return new XElement(soap + "Envelope", new XAttribute(XNamespace.Xmlns + "xsi", xsi.NamespaceName));
                }

                public static Dictionary<string, string> Schema() => new() { ["$schema"] = "http://json-schema.org/draft-07/schema#" };
            }
            """));

        Assert.Empty(Collect.From(compilation));
    }

    [Fact]
    public void VersionsAndObjectIdentifiersAreNotAddresses()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Versions.cs", """
            using System;
            using System.Security.Cryptography;

            public static class Versions
            {
                private const string MicrosoftOid = "1.3.6.1.4.1.311";

                public static Version Minimum() => new Version("1.2.3.4");
                public static Version Parsed() => Version.Parse("10.0.0.1");
                public static Oid ServerAuth() => new Oid("1.3.6.1.5.5.7.3.1");
                public static Oid Vendor() => new Oid(MicrosoftOid);
            }
            """));

        Assert.Empty(Collect.From(compilation));
    }

    [Fact]
    public void AttributeArgumentsAreMetadata()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Attributes.cs", """
            using System;
            using System.ComponentModel;

            [assembly: System.Reflection.AssemblyMetadata("RepositoryUrl", "https://github.com/x/y")]

            [AttributeUsage(AttributeTargets.All)]
            public sealed class SeeAlsoAttribute(string url) : Attribute
            {
                public string Url { get; } = url;
            }

            [SeeAlso("https://example.com/docs/orders")]
            [Description("Talks to api.example.com and 192.0.2.10")]
            public static class Documented
            {
                [Obsolete("Moved to https://example.com/v2")]
                public static void Old() { }
            }
            """));

        Assert.Empty(Collect.From(compilation));
    }

    [Fact]
    public void AddressesThatAreTestedOrNamedWithoutALiteralAreNotEvidence()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Addresses.cs", """
            using System.Net;

            public static class Addresses
            {
                public static bool IsAddress(string input) => IPAddress.TryParse(input, out _);
                public static bool IsDefault() => IPAddress.TryParse("10.0.0.1", out var parsed) && parsed.Equals(IPAddress.Any);
                public static IPAddress Typed(string input) => IPAddress.Parse(input);
                public static IPEndPoint Listen() => new IPEndPoint(IPAddress.Any, 8080);
                public static IPEndPoint Local() => new IPEndPoint(IPAddress.Loopback, 5000);
                public static IPAddress Everywhere() => IPAddress.IPv6Any;
            }
            """));

        Assert.Empty(Collect.From(compilation));
    }

    [Fact]
    public void MembersNamedLikeTheSurfacesOnOtherTypesAreNotTheSurfaces()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Acme.cs", """
            using System.Threading.Tasks;

            namespace Acme
            {
                public sealed class LookupClient
                {
                    public LookupClient(params string[] servers) { }
                }

                public static class NameServer
                {
                    public const string Cloudflare = "1.1.1.1";
                }

                public static class IPAddress
                {
                    public static string Parse(string text) => text;
                }

                public sealed class GrpcChannel
                {
                    public static GrpcChannel ForAddress(string address) => new();
                }

                public sealed class Crawler
                {
                    public Task GetAsync(string url) => Task.CompletedTask;
                }

                public static class Uses
                {
                    public static object Resolver() => new LookupClient("8.8.8.8", NameServer.Cloudflare);
                    public static string Address() => IPAddress.Parse("10.0.0.1");
                    public static GrpcChannel Channel() => GrpcChannel.ForAddress("https://orders.internal:5001");
                    public static Task Crawl(Crawler crawler) => crawler.GetAsync("https://example.com/");
                }
            }
            """));

        Assert.Empty(Collect.From(compilation));
    }

    [Fact]
    public void UnrestoredProjectsDoNotTurnMessagesIntoEvidence()
    {
        // Nothing beyond the framework is referenced: the logger and the client library below do not bind.
        var compilation = SnippetCompilation.Create(withSdk: false, ("Unbound.cs", """
            using System;
            using Microsoft.Extensions.Logging;
            using Acme.Rest;

            public static class Unbound
            {
                // new LookupClient(NameServer.Cloudflare)
                public static void Report(ILogger logger, RestClient client)
                {
                    logger.LogInformation("calling https://orders.example.net/api/orders via 8.8.8.8");
                    client.GetAsync("/api/orders");
                    throw new ApiException("see https://status.example.net");
                }

                public static object Auto() => new DnsClient.LookupClient();
                public static Version Minimum() => new Version("1.2.3.4");
            }
            """));

        Assert.Empty(Collect.From(compilation));
    }

    [Fact]
    public void TheAddressOfAReverseLookupIsDataNotAnEndpoint()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Reverse.cs", """
            using System.Net;
            using DnsClient;

            public static class Reverse
            {
                public static object Name(LookupClient client) => client.QueryReverse(IPAddress.Parse("203.0.113.7"));
                public static object Through(LookupClient client) =>
                    client.QueryServerReverse(new[] { IPAddress.Parse("10.0.0.2") }, IPAddress.Parse("203.0.113.8"));
            }
            """));

        Collect.AssertLines(["Resolver 10.0.0.2 DnsClient.LookupClient.QueryServerReverse @ Reverse.cs:8:59"], Collect.From(compilation));
    }
}
