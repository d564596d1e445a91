using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RegionLens.Scanner.Analysis;
using RegionLens.Scanner.Reporting.Sarif;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Reporting;

/// <summary>
/// The SARIF 2.1.0 report of PRODUCT.md §6, written by hand (Sarif.Sdk cannot be restored here). The same scan gives
/// the same bytes: no timestamps unless <see cref="ReportOptions.Times"/> asks for them, no absolute paths, rules and
/// results in catalogue and scan order, then, after a baseline comparison, the baseline's results that are now absent.
/// </summary>
public static class SarifReportWriter
{
    public static string Write(ScanResult result, ReportOptions? options = null) =>
        Write(result.Root, result.Findings, result.Notifications, SarifLimits.GitHub, options ?? ReportOptions.None);

    /// <summary>The report of <paramref name="findings"/> and <paramref name="notifications"/> from a scan of
    /// <paramref name="root"/>: all a SARIF log needs of a scan.</summary>
    internal static string Write(
        string root, IReadOnlyList<Finding> findings, IReadOnlyList<Notification> notifications, SarifLimits limits,
        ReportOptions? options = null)
    {
        options ??= ReportOptions.None;
        // Keys are computed over every finding, so that leaving some out never renumbers the others.
        var keys = FindingKeys.For(findings);
        var context = new SarifRunContext(root, options);
        // GitHub code scanning opens an alert for every result it receives, suppressed or not.
        IReadOnlyList<Finding> reported = options.GitHub ? [.. findings.Where(f => f.Suppression is null)] : findings;
        var keep = Math.Min(limits.MaxResults, reported.Count);
        while (true)
        {
            var kept = SarifLimits.MostSevere(reported, keep);
            var bytes = Render(context, notifications, kept, reported.Count - kept.Count, keys);
            var size = SarifLimits.GzippedSize(bytes);
            if (size <= limits.MaxGzippedBytes || keep == 0)
            {
                return Encoding.UTF8.GetString(bytes);
            }

            // Shrink in proportion, with a margin, so that a few rounds reach the limit.
            keep = (int)Math.Min(keep - 1, keep * (double)limits.MaxGzippedBytes / size * 0.9);
        }
    }

    private static byte[] Render(
        SarifRunContext context, IReadOnlyList<Notification> notifications, IReadOnlyList<Finding> kept, int omitted, IReadOnlyDictionary<Finding, string> keys)
    {
        var locations = context.Locations;
        var results = new SarifResults(locations, keys, context.Options.Baseline);
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SarifNames.Schema);
            json.WriteString("version", SarifNames.Version);
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json);
            SarifInvocation.Write(json, locations, notifications, omitted, context.Options.Times);
            context.Write(json);
            json.WriteStartArray("results");
            foreach (var finding in kept)
            {
                results.Write(json, finding);
            }

            // A result that is gone would be an open alert again on GitHub, which reads no baseline state.
            if (context.Options is { Baseline: { } baseline, GitHub: false })
            {
                foreach (var absent in baseline.Absent)
                {
                    SarifAbsentResults.Write(json, locations, absent);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteTool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "RegionLens");
        json.WriteString("version", JsonReportWriter.ToolVersion);
        json.WriteString("semanticVersion", JsonReportWriter.ToolVersion);
        json.WriteString("informationUri", SarifNames.InformationUri);
        SarifRules.Write(json);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
