namespace RegionLens.Scanner.Tests.Caching;

/// <summary>
/// A warm scan reads an input only when its stamp (length and last-write time) differs from the one the entry recorded
/// with its hash, or when that stamp is too close to the moment the entry's stamps were taken to be trusted (a "racy"
/// file, as git calls it): so that an unchanged tree is not read again, and an edit is never missed. Every warm report
/// here must equal a scan without the cache.
/// </summary>
public sealed class FileStampTests(RestoredOutageSample sample) : IClassFixture<RestoredOutageSample>
{
    private const string Webhooks = "src/Orders.Api/Webhooks.cs";

    /// <summary>Far enough back that every stamp is trusted on the next scan.</summary>
    private static readonly DateTime LongAgo = DateTime.UtcNow.AddHours(-1);

    [Fact]
    public async Task AnUnchangedTreeIsNotReadAgain()
    {
        using var tree = new CachedSample(sample);
        tree.SetEveryFileTime(LongAgo);
        var cold = await tree.ScanWithCacheAsync();
        var warm = await tree.ScanWithCacheAsync();
        var fresh = await tree.ScanColdAsync();

        Assert.True(cold.InputsRead > 0);
        Assert.Equal(0, warm.InputsRead);
        Assert.Equal(0, warm.Analysed);
        Assert.Null(warm.Compiled);
        Assert.Equal(fresh.Json, warm.Json);
        Assert.Equal(fresh.Sarif, warm.Sarif);
    }

    [Fact]
    public async Task AFileWrittenAgainWithTheSameContentIsReadOnceAndEveryResultIsKept()
    {
        using var tree = new CachedSample(sample);
        tree.SetEveryFileTime(LongAgo);
        await tree.ScanWithCacheAsync();
        var path = tree.PathOf(Webhooks);
        File.WriteAllBytes(path, File.ReadAllBytes(path));
        File.SetLastWriteTimeUtc(path, LongAgo.AddMinutes(1));

        var touched = await tree.ScanWithCacheAsync();
        var next = await tree.ScanWithCacheAsync();
        var fresh = await tree.ScanColdAsync();

        // Read to find it unchanged; the entry then takes its new stamp, so the scan after reads nothing.
        Assert.Equal(1, touched.InputsRead);
        Assert.Equal(0, touched.Analysed);
        Assert.Null(touched.Compiled);
        Assert.Equal(fresh.Json, touched.Json);
        Assert.Equal(0, next.InputsRead);
        Assert.Equal(0, next.Analysed);
    }

    [Fact]
    public async Task AnEditOfTheSameLengthWithANewTimeIsAnalysedAgain()
    {
        using var tree = new CachedSample(sample);
        tree.SetEveryFileTime(LongAgo);
        var before = await tree.ScanWithCacheAsync();
        var path = tree.PathOf(Webhooks);
        var length = new FileInfo(path).Length;
        tree.Edit(Webhooks, "hooks.partner.example.com", "hooks.partnex.example.com");
        File.SetLastWriteTimeUtc(path, LongAgo.AddMinutes(1));
        Assert.Equal(length, new FileInfo(path).Length);

        var warm = await tree.ScanWithCacheAsync();
        var fresh = await tree.ScanColdAsync();

        Assert.Equal(1, warm.InputsRead);
        Assert.Equal(1, warm.Analysed);
        Assert.Equal(fresh.Json, warm.Json);
        Assert.Equal(fresh.Sarif, warm.Sarif);
        Assert.NotEqual(before.Json, warm.Json);
        Assert.Contains("hooks.partnex.example.com", warm.Json, StringComparison.Ordinal);
    }

    /// <summary>A file whose last-write time is not clearly older than the moment the entry's stamps were taken may
    /// have been written again within the same timestamp tick after it was read: it is read again even though its
    /// length and time are those recorded, and the edit is found.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(60)]
    public async Task ARacyFileIsReadAgainThoughItsStampIsUnchanged(int minutesAfterTheScan)
    {
        using var tree = new CachedSample(sample);
        tree.SetEveryFileTime(LongAgo);
        var path = tree.PathOf(Webhooks);
        var racyTime = DateTime.UtcNow.AddMinutes(minutesAfterTheScan);
        File.SetLastWriteTimeUtc(path, racyTime);
        await tree.ScanWithCacheAsync();
        var length = new FileInfo(path).Length;
        tree.Edit(Webhooks, "hooks.partner.example.com", "hooks.partnex.example.com");
        File.SetLastWriteTimeUtc(path, racyTime);
        Assert.Equal(length, new FileInfo(path).Length);
        Assert.Equal(racyTime, File.GetLastWriteTimeUtc(path));

        var warm = await tree.ScanWithCacheAsync();
        var fresh = await tree.ScanColdAsync();

        Assert.Equal(1, warm.InputsRead);
        Assert.Equal(1, warm.Analysed);
        Assert.Equal(fresh.Json, warm.Json);
        Assert.Contains("hooks.partnex.example.com", warm.Json, StringComparison.Ordinal);
    }
}
