namespace RegionLens.Analyzers.Tests;

/// <summary>The code fixes, before and after; the fixed code must have no finding left.</summary>
public sealed class CodeFixTests
{
    [Fact]
    public async Task ARegionEndpointFieldBecomesTheRegionOfTheEnvironment() => await Fixes.Region("""
        using Amazon;
        using Amazon.DynamoDBv2;

        class Clients
        {
            IAmazonDynamoDB Orders() => new AmazonDynamoDBClient({|RL0001:RegionEndpoint.USEast1|});
        }
        """, """
        using Amazon;
        using Amazon.DynamoDBv2;

        class Clients
        {
            IAmazonDynamoDB Orders() => new AmazonDynamoDBClient(RegionEndpoint.GetBySystemName(System.Environment.GetEnvironmentVariable("AWS_REGION") ?? throw new System.InvalidOperationException("AWS_REGION is not set")));
        }
        """).RunAsync();

    [Fact]
    public async Task ARegionStringBecomesTheRegionOfTheEnvironment() => await Fixes.Region("""
        using System;
        using Amazon;
        using Amazon.DynamoDBv2;

        class Clients
        {
            IAmazonDynamoDB Orders() => new AmazonDynamoDBClient(RegionEndpoint.GetBySystemName({|RL0001:"eu-west-1"|}));
        }
        """, """
        using System;
        using Amazon;
        using Amazon.DynamoDBv2;

        class Clients
        {
            IAmazonDynamoDB Orders() => new AmazonDynamoDBClient(RegionEndpoint.GetBySystemName(Environment.GetEnvironmentVariable("AWS_REGION") ?? throw new InvalidOperationException("AWS_REGION is not set")));
        }
        """).RunAsync();

    [Fact]
    public async Task ARegionInAConstantHasNoFix() => await Fixes.Region("""
        using Amazon;
        using Amazon.DynamoDBv2;

        static class Clients
        {
            const string Primary = {|RL0001:"us-east-1"|};

            public static IAmazonDynamoDB Create() => new AmazonDynamoDBClient(RegionEndpoint.GetBySystemName(Primary));
        }
        """, """
        using Amazon;
        using Amazon.DynamoDBv2;

        static class Clients
        {
            const string Primary = {|RL0001:"us-east-1"|};

            public static IAmazonDynamoDB Create() => new AmazonDynamoDBClient(RegionEndpoint.GetBySystemName(Primary));
        }
        """).RunAsync();

    [Fact]
    public async Task AStaticClientGetsAHandlerWithAConnectionLifetime() => await Fixes.Lifetime("""
        using System;
        using System.Net.Http;

        static class Webhooks
        {
            static readonly HttpClient Client = {|RL0006:new()|};
        }
        """, """
        using System;
        using System.Net.Http;

        static class Webhooks
        {
            static readonly HttpClient Client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) });
        }
        """).RunAsync();

    [Fact]
    public async Task AnExistingHandlerGetsTheConnectionLifetime() => await Fixes.Lifetime("""
        using System;
        using System.Net.Http;

        static class Webhooks
        {
            public static HttpClient Client { get; } = {|RL0006:new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 10 })|};
        }
        """, """
        using System;
        using System.Net.Http;

        static class Webhooks
        {
            public static HttpClient Client { get; } = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 10, PooledConnectionLifetime = TimeSpan.FromMinutes(2) });
        }
        """).RunAsync();

    [Fact]
    public async Task AClientCreatedPerCallHasNoLifetimeFix() => await Fixes.Lifetime("""
        using System.Net.Http;
        using System.Threading.Tasks;

        static class Webhooks
        {
            public static async Task<string> Get()
            {
                using var client = {|RL0006:new HttpClient()|};
                return await client.GetStringAsync("https://hooks.partner.example.com/");
            }
        }
        """, """
        using System.Net.Http;
        using System.Threading.Tasks;

        static class Webhooks
        {
            public static async Task<string> Get()
            {
                using var client = {|RL0006:new HttpClient()|};
                return await client.GetStringAsync("https://hooks.partner.example.com/");
            }
        }
        """).RunAsync();
}
