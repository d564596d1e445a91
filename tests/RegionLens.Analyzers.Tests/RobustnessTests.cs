using Microsoft.CodeAnalysis.Testing;

namespace RegionLens.Analyzers.Tests;

/// <summary>Code being typed does not compile. Whatever it looks like, the analyzer must not throw into the compiler,
/// where an exception becomes warning AD0001 in the user's build.</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string> Malformed => new()
    {
        "class C { Amazon.IAmazonService X() => new Amazon.DynamoDBv2.AmazonDynamoDBClient(Amazon.RegionEndpoint.",
        "class C { void M() { var r = Amazon.RegionEndpoint.GetBySystemName(; } }",
        "class C { const string R = R; object M() => Amazon.RegionEndpoint.GetBySystemName(R); }",
        "class C { string R => R; object M() => Amazon.RegionEndpoint.GetBySystemName(R + $\"{R}\"); }",
        "class C { static readonly System.Net.Http.HttpClient Client = new(new System.Net.Http.SocketsHttpHandler { PooledConnectionLifetime = }); }",
        "class C { object M(string s) => new Amazon.DynamoDBv2.AmazonDynamoDBConfig { ServiceURL = s, ServiceURL = M(\"x\") }; }",
        "using Microsoft.Extensions.Configuration; class C { object M(IConfiguration c) => Amazon.RegionEndpoint.GetBySystemName(c[\"AWS:Region\"] + c[]); }",
        "class C { void M() { new DnsClient.LookupClient(System.Net.IPAddress.Parse(\"8.8.8.\")); } }",
        "class C { object M() => new Microsoft.Azure.Cosmos.CosmosClientOptions { ApplicationPreferredRegions = { \"East US\", } ; }",
        "class C<T> where T : C<T> { T M() => M().M().M(); object R() => Amazon.RegionEndpoint.GetBySystemName(M().ToString()); }",
        "}}}{{{ \"us-east-1\" Amazon.RegionEndpoint.USEast1 (((",
        "class C { object M(int i) => i switch { 0 => Amazon.RegionEndpoint.GetBySystemName(\"us-east-1\"), _ => M(i - 1) }; }",
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task MalformedCodeNeverGivesAD0001(string source)
    {
        // No AD0001 is expected, and the test framework fails on any diagnostic that is not expected; RL findings
        // in half-written code are allowed, compiler errors are not checked.
        var test = new AnalyzerTest(source) { CompilerDiagnostics = CompilerDiagnostics.None };
        test.TestBehaviors |= TestBehaviors.SkipGeneratedCodeCheck;
        test.ExpectedDiagnostics.Clear();
        test.DisabledDiagnostics.AddRange(["RL0001", "RL0002", "RL0003", "RL0005", "RL0006", "RL0009", "RL0010"]);
        await test.RunAsync();
    }
}
