using System.Collections.Concurrent;
using RegionLens.Tests.Shared;

namespace RegionLens.Cli.Tests.Golden;

/// <summary>
/// Each bundled sample copied and restored once for the golden-file and determinism tests, plus a second restored copy of OutageShaped in
/// another temporary folder, to show that where a tree lives does not change the report. A command line is run once
/// per copy and remembered, so the snapshot and determinism tests share the cost of a scan.
/// </summary>
public sealed class RestoredSamples : IDisposable
{
    public const string Collection = "restored samples";

    public const string OtherOutageShaped = "OutageShaped (second copy)";

    private readonly Dictionary<string, SampleCopy> _copies;
    private readonly ConcurrentDictionary<string, Lazy<Task<CliRun>>> _runs = new(StringComparer.Ordinal);

    public RestoredSamples()
    {
        // The copy's folder is named after the sample (regionlens-test-GUID/OutageShaped), so the only place a machine
        // shows through is the scan root that the console header repeats; see StableConsoleHeader.
        var restores = new[] { "OutageShaped", "MultiRegion", OtherOutageShaped }
            .Select(key => Task.Run(() => (key, copy: SampleCopy.Of(key == OtherOutageShaped ? "OutageShaped" : key, restore: true))))
            .ToArray();
        _copies = Task.WhenAll(restores).GetAwaiter().GetResult().ToDictionary(r => r.key, r => r.copy, StringComparer.Ordinal);
    }

    public static IReadOnlyList<string> SampleNames { get; } = ["OutageShaped", "MultiRegion"];

    public static TheoryData<string> Names => [.. SampleNames];

    internal SampleCopy this[string key] => _copies[key];

    /// <summary><c>regionlens COMMAND ROOT ARGS</c> on the copy <paramref name="key"/>, run the first time it is asked for.</summary>
    internal Task<CliRun> RunOnceAsync(string key, string command, params string[] args) =>
        _runs.GetOrAdd($"{key}\0{command}\0{string.Join('\0', args)}", _ => new Lazy<Task<CliRun>>(
            () => CliRun.InvokeAsync([command, _copies[key].Root, .. args]))).Value;

    /// <summary>The console report names the scan root as it was given, an absolute temporary path here; the header is
    /// the one line rewritten, to the path a user types from the repository, so every other byte is still compared.</summary>
    internal static string StableConsoleHeader(string output, SampleCopy copy, string sampleName)
    {
        var end = output.IndexOf('\n', StringComparison.Ordinal);
        var header = end < 0 ? output : output[..end];
        Assert.EndsWith(": " + copy.Root, header, StringComparison.Ordinal);
        return header[..^copy.Root.Length] + "samples/" + sampleName + output[header.Length..];
    }

    public void Dispose()
    {
        foreach (var copy in _copies.Values)
        {
            copy.Dispose();
        }
    }
}

/// <summary>Shares one <see cref="RestoredSamples"/> (three restores) between the classes that use it.</summary>
[CollectionDefinition(RestoredSamples.Collection)]
public sealed class RestoredSamplesCollection : ICollectionFixture<RestoredSamples>
{
}
