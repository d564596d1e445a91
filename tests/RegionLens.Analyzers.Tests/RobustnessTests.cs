using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

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
        // Straight through the compiler's analyzer driver, so that any RL finding in half-written code is allowed and
        // only an exception, reported to the callback or as AD0001, fails the test.
        var exceptions = new List<Exception>();
        var compilation = CSharpCompilation.Create("Malformed", [CSharpSyntaxTree.ParseText(source, path: "/0/Test0.cs")], TestReferences.Metadata,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var files = ImmutableArray.Create<AdditionalText>(new InMemoryText("/0/appsettings.json", "{ \"AWS\": { \"Region\": "),
            new InMemoryText("/0/appsettings.Production.json", "{ \"AWS\": { \"Region\": \"us-west-2\" } }"));
        var analysis = compilation.WithAnalyzers([new RegionLensAnalyzer()],
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(files), (e, _, _) => exceptions.Add(e), concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await analysis.GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
