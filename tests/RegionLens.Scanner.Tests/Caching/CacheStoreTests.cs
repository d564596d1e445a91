using RegionLens.Scanner.Caching;
using RegionLens.Scanner.Discovery;

namespace RegionLens.Scanner.Tests.Caching;

/// <summary>Where the cache keeps a target's entry.</summary>
public sealed class CacheStoreTests(RestoredOutageSample sample) : IClassFixture<RestoredOutageSample>
{
    /// <summary>Entries of the earlier JSON layout were named by the SHA-256 of the target; no build reads them now, so
    /// the first entry written in the current layout takes the old one's place instead of leaving it behind.</summary>
    [Fact]
    public async Task TheFirstScanRemovesTheJsonEntryAnEarlierBuildLeft()
    {
        using var tree = new CachedSample(sample);
        var target = ScanTarget.Resolve(tree.Root);
        var scans = Path.Combine(tree.CacheFolder, "scans");
        var legacy = Path.Combine(scans, ContentHash.OfText(target.Root + "\n" + string.Join("\n", target.EntryFiles)) + ".json");
        Directory.CreateDirectory(scans);
        File.WriteAllText(legacy, "{\"Format\":3}");

        await tree.ScanWithCacheAsync();

        Assert.False(File.Exists(legacy));
        Assert.EndsWith(".entry", tree.EntryFile, StringComparison.Ordinal);
    }
}
