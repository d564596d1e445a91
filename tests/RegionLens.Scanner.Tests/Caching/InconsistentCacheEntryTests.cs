using System.Text.Json.Nodes;

namespace RegionLens.Scanner.Tests.Caching;

/// <summary>A cache entry that is valid JSON of the right format but does not hold together is a miss: the scan gives
/// the report a scan without the cache gives, and does not fail.</summary>
public sealed class InconsistentCacheEntryTests(RestoredOutageSample sample) : IClassFixture<RestoredOutageSample>
{
    [Theory]
    [InlineData("a document of a project the entry does not list", false)]
    [InlineData("a document of a project the entry does not list", true)]
    [InlineData("a language version this compiler does not know", false)]
    [InlineData("a language version this compiler does not know", true)]
    [InlineData("a project listed twice", true)]
    public async Task TheScanEqualsAColdScan(string damage, bool afterAnEdit)
    {
        using var tree = new CachedSample(sample);
        await tree.ScanWithCacheAsync();
        var entryFile = Assert.Single(Directory.GetFiles(tree.CacheFolder, "*.json", SearchOption.AllDirectories));
        var entry = JsonNode.Parse(File.ReadAllText(entryFile))!;
        switch (damage)
        {
            case "a document of a project the entry does not list":
                foreach (var document in entry["Documents"]!.AsArray())
                {
                    document!["Project"] = "/nowhere/Nothing.csproj";
                }

                break;
            case "a language version this compiler does not know":
                foreach (var project in entry["Projects"]!.AsArray())
                {
                    project!["LanguageVersion"] = "CSharp99";
                }

                break;
            default:
                entry["Projects"]!.AsArray().Add(entry["Projects"]![0]!.DeepClone());
                break;
        }

        File.WriteAllText(entryFile, entry.ToJsonString());
        if (afterAnEdit)
        {
            tree.Edit("src/Orders.Api/Webhooks.cs", "hooks.partner.example.com", "hooks.eu.partner.example.com");
        }

        var warm = await tree.ScanWithCacheAsync();
        var fresh = await tree.ScanColdAsync();

        Assert.Equal(fresh.Json, warm.Json);
        Assert.Equal(fresh.Sarif, warm.Sarif);
    }
}
