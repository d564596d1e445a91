namespace RegionLens.Analyzers.Tests;

/// <summary>Each rule the analyzer reports, on the shape the scanner reports it for, and what it leaves alone.</summary>
public sealed class RegionLensAnalyzerTests
{
    [Fact]
    public async Task ARegionEndpointFieldIsAHardCodedRegion() => await new AnalyzerTest("""
        using Amazon;
        using Amazon.DynamoDBv2;

        class Clients
        {
            IAmazonDynamoDB Orders() => new AmazonDynamoDBClient({|RL0001:RegionEndpoint.USEast1|});
        }
        """).RunAsync();

    [Fact]
    public async Task AConstantIsReportedWhereItIsWrittenWithTheScannersMessageAndItsUseAsAnotherLocation() => await new AnalyzerTest("""
        using Amazon;
        using Amazon.DynamoDBv2;

        static class Clients
        {
            const string Primary = {|#0:"us-east-1"|};

            public static IAmazonDynamoDB Create() => new AmazonDynamoDBClient({|#1:RegionEndpoint.GetBySystemName(Primary)|});
        }
        """).Expect(AnalyzerTest.Diagnostic("RL0001").WithLocation(0).WithLocation(1)
            .WithArguments("us-east-1", "RegionEndpoint.GetBySystemName")).RunAsync();

    [Fact]
    public async Task TwoRegionsConsumedAtOnePlaceAreAMultiRegionDesignNotAPin() => await new AnalyzerTest("""
        using Amazon;
        using Amazon.DynamoDBv2;

        static class Clients
        {
            static readonly string[] Regions = ["us-east-1", "us-west-2"];

            public static AmazonDynamoDBClient[] Create() =>
                [.. System.Linq.Enumerable.Select(Regions, r => new AmazonDynamoDBClient(RegionEndpoint.GetBySystemName(r)))];
        }
        """).RunAsync();

    [Fact]
    public async Task ARegionalServiceUrlIsAHardCodedEndpoint() => await new AnalyzerTest("""
        using Amazon.DynamoDBv2;

        class Clients
        {
            AmazonDynamoDBConfig Config() => new() { ServiceURL = {|#0:"https://dynamodb.us-east-1.amazonaws.com"|} };
        }
        """).Expect(AnalyzerTest.Diagnostic("RL0002").WithLocation(0)
            .WithArguments("dynamodb.us-east-1.amazonaws.com", "dynamodb in us-east-1, set through ClientConfig.ServiceURL")).RunAsync();

    [Fact]
    public async Task TheLegacyGlobalS3EndpointHidesUsEast1() => await new AnalyzerTest("""
        using Amazon.Runtime;
        using Amazon.S3;

        class Clients
        {
            AmazonS3Client Assets() => new(new AmazonS3Config { USEast1RegionalEndpointValue = {|RL0003:S3UsEast1RegionalEndpointValue.Legacy|} });
        }
        """).RunAsync();

    [Fact]
    public async Task AnIpAddressAsResolverIsReported() => await new AnalyzerTest("""
        using System.Net;
        using DnsClient;

        class Resolver
        {
            LookupClient Dns() => new(IPAddress.Parse({|#0:"8.8.8.8"|}));
        }
        """).Expect(AnalyzerTest.Diagnostic("RL0005").WithLocation(0)
            .WithArguments("8.8.8.8", "a DNS resolver (DnsClient.LookupClient)")).RunAsync();

    [Fact]
    public async Task AStaticHttpClientWithoutALifetimeNeverReResolves() => await new AnalyzerTest("""
        using System.Net.Http;

        static class Webhooks
        {
            static readonly HttpClient Client = {|#0:new()|};
        }
        """).Expect(AnalyzerTest.Diagnostic("RL0006").WithLocation(0)
            .WithArguments("static field 'Client': HttpClient has no SocketsHttpHandler.PooledConnectionLifetime, so it never re-resolves DNS")).RunAsync();

    [Fact]
    public async Task AStaticHttpClientWithALifetimeIsNotReported() => await new AnalyzerTest("""
        using System;
        using System.Net.Http;

        static class Webhooks
        {
            static readonly HttpClient Client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) });
        }
        """).RunAsync();

    [Fact]
    public async Task AControlPlaneCallIsReported() => await new AnalyzerTest("""
        using System.Threading.Tasks;
        using Amazon.DynamoDBv2;

        static class LedgerTable
        {
            public static Task EnsureAsync(IAmazonDynamoDB dynamo) => {|RL0010:dynamo.DescribeTableAsync("ledger")|};
        }
        """).RunAsync();

    [Fact]
    public async Task ACosmosClientPreferringOneRegionIsPinned() => await new AnalyzerTest("""
        using System.Collections.Generic;
        using Microsoft.Azure.Cosmos;

        class Store
        {
            CosmosClientOptions Options() => new() { ApplicationPreferredRegions = new List<string> { {|RL0009:"East US"|} } };
        }
        """).RunAsync();

    [Fact]
    public async Task ARegionReadFromAppSettingsIsReportedAtTheReadNamingTheFile() => await new AnalyzerTest("""
        using Amazon.DynamoDBv2;
        using Amazon.Extensions.NETCore.Setup;
        using Microsoft.Extensions.Configuration;

        static class Clients
        {
            public static IAmazonDynamoDB Create(IConfiguration configuration) =>
                {|#0:configuration.GetAWSOptions()|}.CreateServiceClient<IAmazonDynamoDB>();
        }
        """)
        .WithFile("appsettings.json", """
            {
              // the region every environment gets
              "AWS": { "Region": "us-east-1" }
            }
            """)
        .WithFile("appsettings.Development.json", """{ "Logging": { "LogLevel": { "Default": "Debug" } } }""")
        .Expect(AnalyzerTest.Diagnostic("RL0001").WithLocation(0).WithLocation("/0/appsettings.json", 3, 22)
            .WithArguments("us-east-1", "GetAWSOptions, from appsettings.json:3 'AWS:Region'"))
        .RunAsync();

    [Fact]
    public async Task NothingIsReportedForRegionsFromTheEnvironment() => await new AnalyzerTest("""
        using System;
        using Amazon;
        using Amazon.DynamoDBv2;

        static class Clients
        {
            public static IAmazonDynamoDB Create() =>
                new AmazonDynamoDBClient(RegionEndpoint.GetBySystemName(Environment.GetEnvironmentVariable("AWS_REGION") ?? throw new InvalidOperationException()));
        }
        """).RunAsync();
}
