namespace RegionLens.Core.Tests.Extraction;

/// <summary>IP addresses, gRPC channels and HTTP requests to absolute URLs, on real snippets.</summary>
public sealed class NetworkSurfaceTests
{
    [Fact]
    public void ParsedAddressesAreIpEvidenceAtTheEndPointThatWrapsThem()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Addresses.cs", """
            using System.Net;

            public static class Addresses
            {
                private const string Cache = "10.20.30.40";

                public static IPAddress Parsed() => IPAddress.Parse("fd00:ec2::254");
                public static IPEndPoint Redis() => new IPEndPoint(IPAddress.Parse("192.168.1.10"), 6379);

                public static IPEndPoint FromConstant() =>
                    new IPEndPoint(
                        IPAddress.Parse(Cache),
                        11211);
            }
            """));

        Collect.AssertLines(
        [
            "Ip fd00:ec2::254 IPAddress.Parse @ Addresses.cs:7:57",
            "Ip 192.168.1.10 IPEndPoint @ Addresses.cs:8:72",
            "Ip 10.20.30.40 IPEndPoint @ Addresses.cs:5:34, Addresses.cs:11:9",
        ], Collect.From(compilation));
    }

    [Fact]
    public void GrpcChannelAddressesAreEndpointsAndAUriArgumentIsReportedOnce()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Channels.cs", """
            using System;
            using Grpc.Net.Client;

            public static class Channels
            {
                private const string Host = "orders.internal";

                public static GrpcChannel Orders() => GrpcChannel.ForAddress("https://orders.internal:5001");
                public static GrpcChannel Built() => GrpcChannel.ForAddress($"https://{Host}:5002", new GrpcChannelOptions { MaxRetryAttempts = 2 });
                public static GrpcChannel Billing() => GrpcChannel.ForAddress(new Uri("https://billing.internal:5001"));
            }
            """));

        Collect.AssertLines(
        [
            "Endpoint https://orders.internal:5001 GrpcChannel.ForAddress @ Channels.cs:8:66",
            "Endpoint https://orders.internal:5002 GrpcChannel.ForAddress @ Channels.cs:9:65, Channels.cs:6:33",
            "Endpoint https://billing.internal:5001 Uri @ Channels.cs:10:75",
        ], Collect.From(compilation));
    }

    [Fact]
    public void HttpClientVerbsWithAbsoluteUrlsAreEndpoints()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Calls.cs", """
            using System.Net.Http;
            using System.Threading.Tasks;

            public static class Calls
            {
                private const string Orders = "https://orders.example.net";

                public static async Task Run(HttpClient client, HttpContent body)
                {
                    await client.GetAsync("https://dynamodb.us-east-1.amazonaws.com/");
                    await client.GetStringAsync(Orders + "/api/orders");
                    await client.GetByteArrayAsync("http://10.0.0.7:8080/blob");
                    await client.GetStreamAsync($"{Orders}/export");
                    await client.PostAsync("https://sts.amazonaws.com/", body);
                    await client.PutAsync("https://sqs.us-west-2.amazonaws.com/1/queue", body);
                    await client.PatchAsync("https://orders.example.net/api/orders/1", body);
                    await client.DeleteAsync("https://orders.example.net/api/orders/1");
                }
            }
            """));

        Collect.AssertLines(
        [
            "Endpoint https://dynamodb.us-east-1.amazonaws.com/ HttpClient.GetAsync @ Calls.cs:10:31",
            "Endpoint https://orders.example.net/api/orders HttpClient.GetStringAsync @ Calls.cs:6:35, Calls.cs:11:46",
            "Endpoint http://10.0.0.7:8080/blob HttpClient.GetByteArrayAsync @ Calls.cs:12:40",
            "Endpoint https://orders.example.net/export HttpClient.GetStreamAsync @ Calls.cs:6:35, Calls.cs:13:37",
            "Endpoint https://sts.amazonaws.com/ HttpClient.PostAsync @ Calls.cs:14:32",
            "Endpoint https://sqs.us-west-2.amazonaws.com/1/queue HttpClient.PutAsync @ Calls.cs:15:31",
            "Endpoint https://orders.example.net/api/orders/1 HttpClient.PatchAsync @ Calls.cs:16:33",
            "Endpoint https://orders.example.net/api/orders/1 HttpClient.DeleteAsync @ Calls.cs:17:34",
        ], Collect.From(compilation));
    }

    [Fact]
    public void JsonExtensionsAndRequestMessagesWithAbsoluteUrlsAreEndpoints()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Json.cs", """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            public sealed record Order(int Id);

            public static class Json
            {
                public static async Task Run(HttpClient client)
                {
                    await client.GetFromJsonAsync<Order>("https://orders.example.net/api/orders/1");
                    await client.PostAsJsonAsync("https://orders.example.net/api/orders", new Order(2));
                    await HttpClientJsonExtensions.GetFromJsonAsync<Order>(client, "https://eu.orders.example.net/api/orders/3");
                    using var request = new HttpRequestMessage(HttpMethod.Get, "https://billing.example.net/api/invoices");
                    await client.SendAsync(request);
                }
            }
            """));

        Collect.AssertLines(
        [
            "Endpoint https://orders.example.net/api/orders/1 HttpClient.GetFromJsonAsync @ Json.cs:11:46",
            "Endpoint https://orders.example.net/api/orders HttpClient.PostAsJsonAsync @ Json.cs:12:38",
            "Endpoint https://eu.orders.example.net/api/orders/3 HttpClient.GetFromJsonAsync @ Json.cs:13:72",
            "Endpoint https://billing.example.net/api/invoices HttpRequestMessage @ Json.cs:14:68",
        ], Collect.From(compilation));
    }

    [Fact]
    public void RelativePathsAndUriObjectsAreNotRequestEndpoints()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Relative.cs", """
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            public static class Relative
            {
                public static async Task Run(HttpClient client, string id, Uri next)
                {
                    await client.GetAsync("/api/orders");
                    await client.GetAsync("api/orders/" + id);
                    await client.GetAsync($"{next}/more");
                    await client.GetAsync(next);
                    await client.GetAsync(new Uri("https://orders.example.net/api/orders"));
                    await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "orders/" + id));
                }
            }
            """));

        Collect.AssertLines(["Endpoint https://orders.example.net/api/orders Uri @ Relative.cs:13:39"], Collect.From(compilation));
    }

    [Fact]
    public void RequestUrlsReadFromConfigurationAreKeptForTheConfigurationJoin()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Configured.cs", """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Grpc.Net.Client;
            using Microsoft.Extensions.Configuration;

            public static class Configured
            {
                public static Task<string> Orders(HttpClient client, IConfiguration configuration) =>
                    client.GetStringAsync(configuration["Orders:Url"]);

                public static GrpcChannel Billing(IConfiguration configuration) =>
                    GrpcChannel.ForAddress(configuration.GetValue<string>("Billing:Address")!);
            }
            """));

        Collect.AssertLines(
        [
            "Endpoint config:Orders:Url HttpClient.GetStringAsync @ Configured.cs:9:31",
            "Endpoint config:Billing:Address GrpcChannel.ForAddress @ Configured.cs:12:32",
        ], Collect.From(compilation));
    }

    [Fact]
    public void NamedHttpClientBaseAddressIsFoundThroughItsUri()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Program.cs", """
            using System;
            using Microsoft.Extensions.DependencyInjection;

            public static class Program
            {
                public static IServiceCollection Register(IServiceCollection services)
                {
                    services.AddHttpClient("orders", client => client.BaseAddress = new Uri("https://orders.example.net/"));
                    services.AddHttpClient("billing", client =>
                    {
                        client.BaseAddress = new Uri("https://billing.us-east-1.example.net/");
                        client.Timeout = TimeSpan.FromSeconds(5);
                    });
                    return services;
                }
            }
            """));

        Collect.AssertLines(
        [
            "Endpoint https://orders.example.net/ HttpClient.BaseAddress @ Program.cs:8:81",
            "Endpoint https://billing.us-east-1.example.net/ HttpClient.BaseAddress @ Program.cs:11:42",
        ], Collect.From(compilation));
    }

    [Fact]
    public void UnrestoredNetworkClientsAreRecognisedBySyntax()
    {
        // Neither Grpc.Net.Client nor the client library below is referenced; System.Net still binds.
        var compilation = SnippetCompilation.Create(withSdk: false, ("Unbound.cs", """
            using System.Net;
            using Grpc.Net.Client;
            using Acme.Rest;

            public static class Unbound
            {
                public static object Channel() => GrpcChannel.ForAddress("https://orders.internal:5001");
                public static object Call(RestClient client) => client.GetAsync("https://billing.example.net/api/invoices");
                public static object Relative(RestClient client) => client.GetAsync("/api/invoices");
                public static object Address() => new IPEndPoint(IPAddress.Parse("10.0.0.9"), 443);
            }
            """));

        Collect.AssertLines(
        [
            "Endpoint https://orders.internal:5001 GrpcChannel.ForAddress @ Unbound.cs:7:62 (syntactic)",
            "Endpoint https://billing.example.net/api/invoices HttpClient.GetAsync @ Unbound.cs:8:69 (syntactic)",
            "Ip 10.0.0.9 IPEndPoint @ Unbound.cs:10:70",
        ], Collect.From(compilation));
    }
}
