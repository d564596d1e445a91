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

    /// <summary>A scan with the cache: the JSON and SARIF reports, how many documents it analysed, and how many
    /// projects it compiled (null when it compiled none, every result being kept).</summary>
    public async Task<(string Json, string Sarif, int Analysed, int? Compiled)> ScanWithCacheAsync()
    {
        var clock = new StageClock();
        var result = await RegionLensScanner.ScanAsync(Root, options: new ScanOptions(Cache: new CacheSettings(CacheFolder)), clock: clock);
        return (JsonReportWriter.Write(result), SarifReportWriter.Write(result), clock.Counts.Single(c => c.What == "documents analysed").Value,
            clock.Counts.SingleOrDefault(c => c.What == "projects compiled")?.Value);
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
