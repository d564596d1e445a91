namespace RegionLens.Scanner.Tests.Caching;

/// <summary>
/// A scan that reuses the cache after an edit gives, byte for byte, the JSON and SARIF a scan without the cache gives
/// of the edited tree; and it re-analyses (and compiles) only what the edit can have changed, so that a cache that
/// silently does nothing, or too much, fails here.
/// </summary>
public sealed class ScanCacheEquivalenceTests(RestoredOutageSample sample) : IClassFixture<RestoredOutageSample>
{
    private const int SampleDocuments = 9;
    private const int SampleProjects = 4;

    public static TheoryData<string> Edits() =>
    [
        "body edit that changes nothing found",
        "body edit that changes an endpoint",
        "const in another file",
        "private constant and field initializer",
        "private constant that a public constant carries out",
        "new call site in another file",
        "a name looked up for the first time, called from a project not compiled",
        "appsettings.json value",
        "Terraform and Kubernetes files",
        "file added",
        "file removed",
        "project file",
        "no edit",
    ];

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task WarmScanAfterAnEditEqualsAColdScan(string edit)
    {
        using var tree = new CachedSample(sample);
        Prepare(tree, edit);
        var cold = await tree.ScanWithCacheAsync();
        var (analysed, compiled) = Apply(tree, edit);
        var warm = await tree.ScanWithCacheAsync();
        var fresh = await tree.ScanColdAsync();

        Assert.Equal(fresh.Json, warm.Json);
        Assert.Equal(fresh.Sarif, warm.Sarif);
        Assert.Equal(analysed, warm.Analysed);
        Assert.Equal(compiled, warm.Compiled);
        Assert.True(cold.Analysed >= SampleDocuments);
    }

    [Fact]
    public async Task AnEditThatChangesAnEndpointChangesTheReport()
    {
        using var tree = new CachedSample(sample);
        var before = await tree.ScanWithCacheAsync();
        Apply(tree, "body edit that changes an endpoint");
        var after = await tree.ScanWithCacheAsync();

        Assert.NotEqual(before.Json, after.Json);
        Assert.Contains("hooks.eu.partner.example.com", after.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScansAfterSeveralEditsInARowEachEqualAColdScan()
    {
        using var tree = new CachedSample(sample);
        await tree.ScanWithCacheAsync();
        foreach (var edit in new[] { "body edit that changes an endpoint", "appsettings.json value", "body edit that changes nothing found", "const in another file" })
        {
            Apply(tree, edit);
            var warm = await tree.ScanWithCacheAsync();
            var fresh = await tree.ScanColdAsync();
            Assert.Equal(fresh.Json, warm.Json);
        }
    }

    /// <summary>Files that exist before the first scan, for the edits that need them.</summary>
    private static void Prepare(CachedSample tree, string edit)
    {
        if (edit == "new call site in another file")
        {
            // A class whose body will call Upstreams.Channel, whose parameter the resolver follows to its callers.
            File.WriteAllText(tree.PathOf("src/Edge.Gateway/Warmup.cs"),
                "namespace Edge.Gateway;\n\npublic static class Warmup\n{\n    public static void Run()\n    {\n    }\n}\n");
        }

        if (edit is "private constant and field initializer" or "private constant that a public constant carries out")
        {
            File.WriteAllText(tree.PathOf("src/Orders.Api/Ledger.cs"),
                "namespace Orders.Api;\n\npublic sealed class Ledger\n{\n    private const string Host = \"ledger.us-east-1.example.com\";\n"
                + "    public const string Region = Home;\n    private const string Home = \"us-east-1\";\n"
                + "    private readonly HttpClient _client = new() { BaseAddress = new Uri($\"https://{Host}/\") };\n\n"
                + "    public HttpClient Client => _client;\n}\n");
            File.WriteAllText(tree.PathOf("src/Orders.Api/LedgerRegion.cs"),
                "namespace Orders.Api;\n\npublic static class LedgerRegion\n{\n    public static Amazon.RegionEndpoint Endpoint() => Amazon.RegionEndpoint.GetBySystemName(Ledger.Region);\n}\n");
        }

        if (edit == "a name looked up for the first time, called from a project not compiled")
        {
            // A library method that ignores its parameter, called from a service that references the library.
            File.WriteAllText(tree.PathOf("src/Shared.Data/Endpoints.cs"),
                "namespace Shared.Data;\n\npublic static class Endpoints\n{\n    public static HttpClient For(string address) => new();\n}\n");
            tree.Edit("src/Orders.Api/Program.cs", "var catalog = DynamoClientFactory.Create();",
                "var catalog = DynamoClientFactory.Create();\nvar ledger = Endpoints.For(\"https://ledger.eu-west-1.example.com/\");");
        }
    }

    /// <summary>Applies the edit; returns how many documents the warm scan must analyse and how many projects it must
    /// compile (null: none, every result kept).</summary>
    private static (int Analysed, int? Compiled) Apply(CachedSample tree, string edit)
    {
        switch (edit)
        {
            case "body edit that changes nothing found":
                // Only the edited file; its project and the library it references are compiled.
                tree.Edit("src/Orders.Api/Webhooks.cs", "new StringContent(body)", "new StringContent(body.Trim())");
                return (1, 2);
            case "body edit that changes an endpoint":
                tree.Edit("src/Orders.Api/Webhooks.cs", "hooks.partner.example.com", "hooks.eu.partner.example.com");
                return (1, 2);
            case "const in another file":
                // A constant is part of its file's declarations: every document is analysed again.
                tree.Edit("src/Shared.Data/AwsDefaults.cs", "\"us-east-1\"", "\"eu-west-1\"");
                return (SampleDocuments, SampleProjects);
            case "private constant and field initializer":
                // Only its own file can name a private constant: that file is analysed again, and LedgerRegion.cs, which
                // followed Ledger.Region into it.
                tree.Edit("src/Orders.Api/Ledger.cs", "ledger.us-east-1.example.com", "ledger.eu-west-1.example.com");
                return (2, 2);
            case "private constant that a public constant carries out":
                // A public constant built from the private one folds its value into other files: everything again.
                tree.Edit("src/Orders.Api/Ledger.cs", "Home = \"us-east-1\"", "Home = \"eu-west-1\"");
                return (SampleDocuments + 2, SampleProjects);
            case "new call site in another file":
                // The edited file, and Upstreams.cs, whose parameter is resolved through the calls of Channel.
                tree.Edit("src/Edge.Gateway/Warmup.cs", "    {\n    }", "    {\n        Upstreams.Channel(\"https://inventory.eu-west-1.example.net:5001\");\n    }");
                return (2, 1);
            case "a name looked up for the first time, called from a project not compiled":
                // The edited method now follows its parameter to its callers, one of them in Orders.Api, which the
                // edit alone would not compile: the scan falls back to compiling everything.
                tree.Edit("src/Shared.Data/Endpoints.cs", "=> new();", "=> new() { BaseAddress = new Uri(address) };");
                return (1, SampleProjects);
            case "appsettings.json value":
                tree.Edit("src/Orders.Api/appsettings.json", "\"us-east-1\"", "\"eu-central-1\"");
                return (0, null);
            case "Terraform and Kubernetes files":
                tree.Edit("deploy/terraform/main.tf", "default     = \"us-east-1\"", "default     = \"ap-southeast-2\"");
                tree.Edit("deploy/k8s/edge-gateway.yaml", "10.0.0.2", "10.0.0.53");
                return (0, null);
            case "file added":
                File.WriteAllText(tree.PathOf("src/Orders.Api/Archive.cs"),
                    "namespace Orders.Api;\n\npublic static class Archive\n{\n    public static HttpClient Client() => new() { BaseAddress = new Uri(\"https://archive.us-west-2.example.com/\") };\n}\n");
                return (SampleDocuments + 1, SampleProjects);
            case "file removed":
                File.Delete(tree.PathOf("src/Orders.Api/Webhooks.cs"));
                return (SampleDocuments - 1, SampleProjects);
            case "project file":
                tree.Edit("src/Orders.Api/Orders.Api.csproj", "</Project>", "  <PropertyGroup>\n    <DefineConstants>$(DefineConstants);ARCHIVE</DefineConstants>\n  </PropertyGroup>\n</Project>");
                return (SampleDocuments, SampleProjects);
            case "no edit":
                return (0, null);
            default:
                throw new ArgumentException(edit, nameof(edit));
        }
    }
}
