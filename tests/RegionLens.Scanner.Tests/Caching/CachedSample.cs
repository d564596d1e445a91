using RegionLens.Scanner.Caching;
using RegionLens.Scanner.Reporting;
using RegionLens.Scanner.Scanning;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.Caching;

/// <summary>The restored outage-shaped sample, restored once for the class; each test scans its own copy of it with
/// its own cache folder, so that tests running at once share nothing.</summary>
public sealed class RestoredOutageSample : IDisposable
{
    private readonly SampleCopy _copy = SampleCopy.Of("OutageShaped", restore: true);

    public string Root => _copy.Root;

    public void Dispose() => _copy.Dispose();
}

/// <summary>A private copy of the restored sample and a private cache folder, with the scans a cache test compares.</summary>
internal sealed class CachedSample : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("regionlens-cache-test-").FullName;

    public CachedSample(RestoredOutageSample sample)
    {
        Root = Path.Combine(_parent, "OutageShaped");
        CopyFolder(sample.Root, Root);
        CacheFolder = Path.Combine(_parent, "cache");
    }

    public string Root { get; }
    public string CacheFolder { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>A scan with the cache: the JSON and SARIF reports, how many documents it analysed, how many
    /// projects it compiled (null when it compiled none, every result being kept), and how many input files it read to
    /// hash them (the others' stamps were unchanged).</summary>
    public async Task<(string Json, string Sarif, int Analysed, int? Compiled, int InputsRead)> ScanWithCacheAsync()
    {
        var clock = new StageClock();
        var result = await RegionLensScanner.ScanAsync(Root, options: new ScanOptions(Cache: new CacheSettings(CacheFolder)), clock: clock);
        return (JsonReportWriter.Write(result), SarifReportWriter.Write(result), clock.Counts.Single(c => c.What == "documents analysed").Value,
            clock.Counts.SingleOrDefault(c => c.What == "projects compiled")?.Value, clock.Counts.Single(c => c.What == "inputs read").Value);
    }

    /// <summary>The one cache entry the scans of this tree wrote.</summary>
    public string EntryFile => Assert.Single(Directory.GetFiles(Path.Combine(CacheFolder, "scans")));

    /// <summary>Replaces the stored entry with what <paramref name="change"/> makes of it, written as the cache writes it.</summary>
    public void RewriteEntry(Func<CacheEntry, CacheEntry> change)
    {
        var entry = EntryCodec.Read(File.ReadAllBytes(EntryFile));
        Assert.NotNull(entry);
        File.WriteAllBytes(EntryFile, EntryCodec.Write(change(entry)));
    }

    /// <summary>Sets every file's last-write time to <paramref name="time"/>, so that their stamps are clearly older
    /// than the next scan (a fresh copy's files are too new to be trusted by their stamps).</summary>
    public void SetEveryFileTime(DateTime time)
    {
        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, time);
        }
    }

    /// <summary>A scan that neither reads nor writes a cache: the answer a cached scan must equal.</summary>
    public async Task<(string Json, string Sarif)> ScanColdAsync()
    {
        var result = await RegionLensScanner.ScanAsync(Root);
        return (JsonReportWriter.Write(result), SarifReportWriter.Write(result));
    }

    public void Edit(string relative, string from, string to)
    {
        var path = PathOf(relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_parent, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
