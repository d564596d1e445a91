namespace RegionLens.Scanner.Tests.Caching;

/// <summary>
/// A scan that reuses the cache after an edit gives, byte for byte, the JSON and SARIF a scan without the cache gives
/// of the edited tree; and it re-analyses only what the edit can have changed.
/// </summary>
public sealed class ScanCacheEquivalenceTests(RestoredOutageSample sample) : IClassFixture<RestoredOutageSample>
{
    private const int SampleDocuments = 9;

    /// <summary>An edit, and how many documents the warm scan after it must analyse (null: not pinned).</summary>
    public static TheoryData<string> Edits() =>
    [
        "body edit that changes nothing found",
        "body edit that changes an endpoint",
        "const in another file",
        "new call site in another file",
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
        if (edit == "new call site in another file")
        {
            // A class whose body will call Upstreams.Channel, whose parameter the resolver follows to its callers.
            File.WriteAllText(tree.PathOf("src/Edge.Gateway/Warmup.cs"),
                "namespace Edge.Gateway;\n\npublic static class Warmup\n{\n    public static void Run()\n    {\n    }\n}\n");
        }

        var cold = await tree.ScanWithCacheAsync();
        var expectedAnalysed = Apply(tree, edit);
        var warm = await tree.ScanWithCacheAsync();
        var fresh = await tree.ScanColdAsync();

        Assert.Equal(fresh.Json, warm.Json);
        Assert.Equal(fresh.Sarif, warm.Sarif);
        if (expectedAnalysed is { } count)
        {
            Assert.Equal(count, warm.Analysed);
        }

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

    /// <summary>Applies the edit; returns the number of documents the warm scan must analyse.</summary>
    private static int? Apply(CachedSample tree, string edit)
    {
        switch (edit)
        {
            case "body edit that changes nothing found":
                tree.Edit("src/Orders.Api/Webhooks.cs", "new StringContent(body)", "new StringContent(body.Trim())");
                return 1;
            case "body edit that changes an endpoint":
                tree.Edit("src/Orders.Api/Webhooks.cs", "hooks.partner.example.com", "hooks.eu.partner.example.com");
                return 1;
            case "const in another file":
                // A constant is part of its file's declarations: every document is analysed again.
                tree.Edit("src/Shared.Data/AwsDefaults.cs", "\"us-east-1\"", "\"eu-west-1\"");
                return SampleDocuments;
            case "new call site in another file":
                // The edited file, and Upstreams.cs, whose parameter is resolved through the calls of Channel.
                tree.Edit("src/Edge.Gateway/Warmup.cs", "    {\n    }", "    {\n        Upstreams.Channel(\"https://inventory.eu-west-1.example.net:5001\");\n    }");
                return 2;
            case "appsettings.json value":
                tree.Edit("src/Orders.Api/appsettings.json", "\"us-east-1\"", "\"eu-central-1\"");
                return 0;
            case "Terraform and Kubernetes files":
                tree.Edit("deploy/terraform/main.tf", "default     = \"us-east-1\"", "default     = \"ap-southeast-2\"");
                tree.Edit("deploy/k8s/edge-gateway.yaml", "10.0.0.2", "10.0.0.53");
                return 0;
            case "file added":
                File.WriteAllText(tree.PathOf("src/Orders.Api/Archive.cs"),
                    "namespace Orders.Api;\n\npublic static class Archive\n{\n    public static HttpClient Client() => new() { BaseAddress = new Uri(\"https://archive.us-west-2.example.com/\") };\n}\n");
                return SampleDocuments + 1;
            case "file removed":
                File.Delete(tree.PathOf("src/Orders.Api/Webhooks.cs"));
                return SampleDocuments - 1;
            case "project file":
                tree.Edit("src/Orders.Api/Orders.Api.csproj", "</Project>", "  <PropertyGroup>\n    <DefineConstants>$(DefineConstants);ARCHIVE</DefineConstants>\n  </PropertyGroup>\n</Project>");
                return SampleDocuments;
            case "no edit":
                return 0;
            default:
                throw new ArgumentException(edit, nameof(edit));
        }
    }
}
