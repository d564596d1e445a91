using RegionLens.Scanner.Caching;

namespace RegionLens.Scanner.Tests.Caching;

/// <summary>A cache entry that is whole and of the right format but does not hold together is a miss: the scan gives
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
        tree.RewriteEntry(entry => damage switch
        {
            "a document of a project the entry does not list" => entry with
            {
                Documents = [.. entry.Documents.Select(d => d with { Project = "/nowhere/Nothing.csproj" })],
            },
            "a language version this compiler does not know" => entry with
            {
                Projects = [.. entry.Projects.Select(p => p with { LanguageVersion = "99.0" })],
            },
            _ => entry with { Projects = [.. entry.Projects, entry.Projects[0]] },
        });
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
