using RegionLens.Scanner.Scanning;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.Formats;

/// <summary>Scans a copy of a fixture folder under <c>tests/fixtures</c> and keeps the result.</summary>
internal static class FixtureScan
{
    public static async Task<ScanResult> Of(string fixture, Action<string>? edit = null)
    {
        using var copy = SampleCopy.OfFixture(fixture);
        edit?.Invoke(copy.Root);
        return await RegionLensScanner.ScanAsync(copy.Root);
    }

    /// <summary>Replaces the one occurrence of <paramref name="from"/> in a copied file: a variant of a fixture.</summary>
    public static void Replace(string root, string relativePath, string from, string to)
    {
        var path = Path.Combine(root, relativePath);
        var text = File.ReadAllText(path);
        Assert.Equal(1, text.Split(from).Length - 1);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    public static IEnumerable<string> Notifications(ScanResult result) =>
        result.Notifications.Select(n => $"{n.Level} {n.Path}{(n.Line is { } line ? ":" + line : "")} {n.Message}");
}
