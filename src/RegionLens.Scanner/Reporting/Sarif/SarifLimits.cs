using System.IO.Compression;
using RegionLens.Scanner.Analysis;

namespace RegionLens.Scanner.Reporting.Sarif;

/// <summary>What GitHub code scanning accepts in one run: at most 25,000 results and 10 MB once gzipped. Past that
/// the upload is rejected, so the report keeps the most severe results and says how many it left out.</summary>
internal sealed record SarifLimits(int MaxResults, long MaxGzippedBytes)
{
    public static SarifLimits GitHub { get; } = new(25_000, 10L * 1024 * 1024);

    /// <summary>The first <paramref name="count"/> findings by level (errors first), kept in the scan's order.</summary>
    public static IReadOnlyList<Finding> MostSevere(IReadOnlyList<Finding> findings, int count)
    {
        if (count >= findings.Count)
        {
            return findings;
        }

        var kept = findings
            .Select((finding, index) => (finding, index))
            .OrderBy(x => x.finding.Level)
            .ThenBy(x => x.index)
            .Take(Math.Max(count, 0))
            .OrderBy(x => x.index)
            .Select(x => x.finding);
        return [.. kept];
    }

    public static long GzippedSize(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.Length;
    }
}
