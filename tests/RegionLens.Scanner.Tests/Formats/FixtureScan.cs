using RegionLens.Scanner.Scanning;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.Formats;

/// <summary>Scans a copy of a fixture folder under <c>tests/fixtures</c> and keeps the result.</summary>
internal static class FixtureScan
{
    public static async Task<ScanResult> Of(string fixture)
    {
        using var copy = SampleCopy.OfFixture(fixture);
        return await RegionLensScanner.ScanAsync(copy.Root);
    }

    public static IEnumerable<string> Notifications(ScanResult result) =>
        result.Notifications.Select(n => $"{n.Level} {n.Path}{(n.Line is { } line ? ":" + line : "")} {n.Message}");
}
