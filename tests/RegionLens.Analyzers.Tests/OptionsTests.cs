namespace RegionLens.Analyzers.Tests;

/// <summary>What <c>.editorconfig</c> changes, each set in memory next to the test source.</summary>
public sealed class OptionsTests
{
    private const string PinnedClient = """
        using Amazon;
        using Amazon.DynamoDBv2;

        class Clients
        {
            IAmazonDynamoDB Orders() => new AmazonDynamoDBClient({|#0:RegionEndpoint.EUWest1|});
        }
        """;

    [Fact]
    public async Task ARuleSetToNoneIsNotReported() => await new AnalyzerTest("""
        using Amazon;
        using Amazon.DynamoDBv2;

        class Clients
        {
            IAmazonDynamoDB Orders() => new AmazonDynamoDBClient(RegionEndpoint.EUWest1);
        }
        """).WithEditorConfig("dotnet_diagnostic.RL0001.severity = none").RunAsync();

    [Theory]
    [InlineData("eu-west-1")]
    [InlineData("us-east-1, eu-west-1")]
    [InlineData("EU-WEST-1,us-west-2")]
    public async Task AnAllowedRegionIsNotReported(string allowed) => await new AnalyzerTest("""
        using Amazon;
        using Amazon.DynamoDBv2;

        class Clients
        {
            IAmazonDynamoDB Orders() => new AmazonDynamoDBClient(RegionEndpoint.EUWest1);
            AmazonDynamoDBConfig Config() => new() { ServiceURL = "https://dynamodb.eu-west-1.amazonaws.com" };
        }
        """).WithEditorConfig($"regionlens.allowed_regions = {allowed}").RunAsync();

    [Fact]
    public async Task ARegionThatIsNotAllowedIsStillReported() => await new AnalyzerTest(PinnedClient)
        .WithEditorConfig("regionlens.allowed_regions = us-east-1")
        .Expect(AnalyzerTest.Diagnostic("RL0001").WithLocation(0).WithArguments("eu-west-1", "RegionEndpoint.EUWest1"))
        .RunAsync();

    [Fact]
    public async Task RegionsFromConfigurationCanBeLeftToTheScanner() => await new AnalyzerTest("""
        using Amazon.Extensions.NETCore.Setup;
        using Microsoft.Extensions.Configuration;

        static class Clients
        {
            public static AWSOptions Options(IConfiguration configuration) => configuration.GetAWSOptions();
        }
        """)
        .WithFile("appsettings.json", """{ "AWS": { "Region": "us-east-1" } }""")
        .WithEditorConfig("regionlens.RL0001.include_configuration = false")
        .RunAsync();

    [Fact]
    public async Task PrivateAddressesCanBeLeftOut() => await new AnalyzerTest("""
        using System.Net;
        using DnsClient;

        class Resolver
        {
            LookupClient Internal() => new(IPAddress.Parse("10.0.0.2"));
            LookupClient Public() => new(IPAddress.Parse({|RL0005:"8.8.8.8"|}));
        }
        """).WithEditorConfig("regionlens.RL0005.include_private_addresses = false").RunAsync();

    [Fact]
    public async Task ClientsCreatedPerCallCanBeLeftOut() => await new AnalyzerTest("""
        using System.Net.Http;
        using System.Threading.Tasks;

        static class Webhooks
        {
            public static async Task<string> Get()
            {
                using var client = new HttpClient();
                return await client.GetStringAsync("https://hooks.partner.example.com/");
            }
        }
        """).WithEditorConfig("regionlens.RL0006.include_per_call_clients = false").RunAsync();

    [Fact]
    public async Task AGlobalConfigSetsOptionsToo() => await new AnalyzerTest(PinnedClient)
    {
        TestState = { AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nregionlens.allowed_regions = eu-west-1\n") } },
    }.RunAsync();
}
