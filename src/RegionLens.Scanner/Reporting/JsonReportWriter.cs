using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RegionLens.Core.Model;
using RegionLens.Scanner.Analysis;
using RegionLens.Scanner.Baseline;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Reporting;

/// <summary>The JSON report of PRODUCT.md §4, schema version 1. Written field by field so that the order, and
/// so the bytes, are the same for the same scan. On request it adds the scan's times (<c>startTimeUtc</c>,
/// <c>endTimeUtc</c>) and, with a baseline, each finding's <c>baselineState</c> and a <c>baseline</c> summary.</summary>
public static class JsonReportWriter
{
    public const int SchemaVersion = 1;

    public static string Write(ScanResult result, ReportOptions? report = null)
    {
        var baseline = report?.Baseline;
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", "RegionLens");
            json.WriteString("version", ToolVersion);
            json.WriteEndObject();
            if (report?.Times is { } times)
            {
                json.WriteString("startTimeUtc", ScanTimes.Format(times.Start));
                json.WriteString("endTimeUtc", ScanTimes.Format(times.End));
            }

            WriteArray(json, "components", result.Components, (w, c) =>
            {
                w.WriteString("id", c.Id);
                w.WriteString("name", c.Name);
                w.WriteString("kind", c.Kind);
            });
            WriteArray(json, "dependencies", result.Dependencies, WriteDependency);
            WriteArray(json, "clients", result.Clients, WriteClient);
            WriteArray(json, "findings", result.Findings, (w, f) => WriteFinding(w, f, baseline));
            if (baseline is not null)
            {
                WriteBaseline(json, baseline);
            }

            json.WriteStartObject("graph");
            WriteArray(json, "nodes", result.Graph.Nodes, (w, n) =>
            {
                w.WriteString("id", n.Id);
                w.WriteString("kind", JsonNames.Of(n.Kind));
                w.WriteString("label", n.Label);
            });
            WriteArray(json, "edges", result.Graph.Edges, (w, e) =>
            {
                w.WriteString("source", e.Source.Id);
                w.WriteString("target", e.Target.Id);
                w.WriteString("kind", JsonNames.Of(e.Kind));
            });
            json.WriteEndObject();
            WriteArray(json, "notifications", result.Notifications, WriteNotification);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static string ToolVersion { get; } =
        typeof(JsonReportWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static void WriteDependency(Utf8JsonWriter json, Dependency d)
    {
        json.WriteString("kind", JsonNames.Of(d.Kind));
        json.WriteString("value", d.Value);
        WriteOptional(json, "url", d.Url);
        WriteOptional(json, "connectionString", d.ConnectionString);
        json.WriteString("provider", d.Provider);
        WriteOptional(json, "service", d.Service);
        WriteOptional(json, "region", d.Region);
        WriteOptional(json, "homeRegion", d.HomeRegion);
        WriteOptional(json, "partition", d.Partition);
        WriteOptional(json, "zone", d.Zone);
        WriteOptional(json, "scope", d.Scope is { } scope ? JsonNames.Of(scope) : null);
        json.WriteString("origin", JsonNames.Of(d.Origin));
        json.WriteString("component", d.Component);
        json.WriteStartArray("usedBy");
        foreach (var user in d.UsedBy)
        {
            json.WriteStringValue(user);
        }

        json.WriteEndArray();
        WriteOptional(json, "environment", d.Environment);
        WriteOptional(json, "configKey", d.ConfigKey);
        json.WriteString("sink", d.Sink);
        if (d.Client is { } client)
        {
            json.WriteString("client", client.Client);
            json.WriteString("regionSource", JsonNames.Of(client.Source));
        }

        json.WriteString("confidence", JsonNames.Of(d.Confidence));
        WriteOptional(json, "note", d.Note);
        WriteLocations(json, d.Locations);
    }

    private static void WriteClient(Utf8JsonWriter json, SdkClient c)
    {
        json.WriteString("client", c.Client);
        json.WriteString("component", c.Component);
        json.WriteString("regionSource", JsonNames.Of(c.Source));
        json.WriteStartArray("values");
        foreach (var value in c.Values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
        json.WriteString("confidence", JsonNames.Of(c.Confidence));
        WriteLocations(json, c.Locations);
    }

    private static void WriteBaseline(Utf8JsonWriter json, BaselineComparison baseline)
    {
        json.WriteStartObject("baseline");
        foreach (var state in Enum.GetValues<BaselineState>())
        {
            json.WriteNumber(BaselineComparison.Name(state), baseline.Count(state));
        }

        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding f, BaselineComparison? baseline)
    {
        json.WriteString("ruleId", f.RuleId);
        json.WriteString("level", JsonNames.Of(f.Level));
        json.WriteString("message", f.Message);
        WriteLocations(json, f.Locations);
        if (f.Path is { } path)
        {
            json.WriteStartArray("path");
            foreach (var node in path)
            {
                json.WriteStringValue(node);
            }

            json.WriteEndArray();
        }

        if (f.Suppression is { } suppression)
        {
            json.WriteStartObject("suppression");
            json.WriteString("kind", "inSource");
            json.WriteString("justification", suppression.Justification);
            json.WriteStartObject("location");
            WriteLocation(json, suppression.Location);
            json.WriteEndObject();
            if (suppression.Until is { } until)
            {
                json.WriteString("until", until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            json.WriteEndObject();
        }

        if (baseline is not null)
        {
            json.WriteString("baselineState", BaselineComparison.Name(baseline.StateOf(f)));
        }
    }

    private static void WriteNotification(Utf8JsonWriter json, Notification n)
    {
        json.WriteString("level", JsonNames.Of(n.Level));
        json.WriteString("message", n.Message);
        WriteOptional(json, "path", n.Path);
        if (n.Line is { } line)
        {
            json.WriteNumber("line", line);
        }
    }

    private static void WriteLocations(Utf8JsonWriter json, IReadOnlyList<SourceLocation> locations)
    {
        WriteArray(json, "locations", locations, WriteLocation);
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteString("path", location.Path);
        json.WriteNumber("line", location.Line);
        json.WriteNumber("column", location.Column);
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteArray<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            writeItem(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
