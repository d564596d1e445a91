using Microsoft.CodeAnalysis;
using RegionLens.Core.Observations;

namespace RegionLens.Core.Tests.Extraction;

/// <summary>HTTP client lifetimes and control-plane calls, on snippets compiled against the real SDKs.</summary>
public sealed class ObservationTests
{
    [Fact]
    public void LongLivedClientsWithoutAConnectionLifetimeAndPerCallClientsAreObserved()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Http.cs", """
            using System;
            using System.Net.Http;
            using Microsoft.Extensions.DependencyInjection;

            public static class Http
            {
                private static readonly HttpClient Shared = new HttpClient();
                private static readonly HttpClient Refreshing = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) });
                private static readonly SocketsHttpHandler Handler = new() { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
                private static readonly HttpClient ThroughHandler = new(Handler);

                public static void Register(IServiceCollection services)
                {
                    services.AddSingleton(new HttpClient(new HttpClientHandler()));
                    services.AddHttpClient("orders");
                }

                public static string Fetch()
                {
                    using var client = new HttpClient();
                    return client.GetType().Name;
                }
            }
            """));

        Assert.Equal(
        [
            "LongLivedHttpClient @ Http.cs:7:49: static field 'Shared': HttpClient has no SocketsHttpHandler.PooledConnectionLifetime, so it never re-resolves DNS",
            "LongLivedHttpClient @ Http.cs:14:31: singleton: HttpClient has no SocketsHttpHandler.PooledConnectionLifetime, so it never re-resolves DNS",
            "HttpClientPerCall @ Http.cs:20:28: HttpClient is created and disposed per call; use IHttpClientFactory or one client with a PooledConnectionLifetime",
        ], Observe(compilation));
    }

    [Fact]
    public void ControlPlaneCallsAreObservedWithWhereTheyRun()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Tables.cs", """
            using System;
            using System.Threading.Tasks;
            using Amazon.DynamoDBv2;
            using Amazon.DynamoDBv2.Model;

            public sealed class Tables(IAmazonDynamoDB dynamo)
            {
                public Task EnsureTableAsync() => dynamo.DescribeTableAsync("orders");

                public async Task<GetItemResponse> ReadAsync(GetItemRequest request)
                {
                    try
                    {
                        return await dynamo.GetItemAsync(request);
                    }
                    catch (AmazonDynamoDBException)
                    {
                        await dynamo.CreateTableAsync(new CreateTableRequest { TableName = "orders" });
                        throw;
                    }
                }

                public Task Resize() => dynamo.UpdateTableAsync(new UpdateTableRequest { TableName = "orders" });
            }

            public sealed class Local
            {
                public void CreateTable() { }
                public void Use() => CreateTable();
                public void Other(Local other) => other.CreateTable();
            }
            """));

        Assert.Equal(
        [
            "ControlPlaneCall @ Tables.cs:8:39: DescribeTableAsync (dynamodb) is a control-plane call at start-up",
            "ControlPlaneCall @ Tables.cs:18:19: CreateTableAsync (dynamodb) is a control-plane call in a catch block, on the failover path",
            "ControlPlaneCall @ Tables.cs:23:29: UpdateTableAsync (dynamodb) is a control-plane call on the data path",
        ], Observe(compilation));
    }

    private static IReadOnlyList<string> Observe(Compilation compilation) =>
        [.. compilation.SyntaxTrees
            .SelectMany(tree => CSharpObservationCollector.Collect(compilation.GetSemanticModel(tree)))
            .Select(o => $"{o.Kind} @ {o.Locations[0].Path}:{o.Locations[0].Line}:{o.Locations[0].Column}: {o.Detail}")];
}
