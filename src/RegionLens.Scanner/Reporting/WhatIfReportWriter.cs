using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RegionLens.Scanner.Graph;

namespace RegionLens.Scanner.Reporting;

/// <summary>What <c>regionlens whatif</c> prints: for the failed domains, every component that loses a dependency
/// with no surviving endpoint, what it loses, and the path from the component to the domain.</summary>
public static class WhatIfReportWriter
{
    public static string Console(FailureImpact impact)
    {
        var text = new StringBuilder();
        text.Append("What if ").Append(string.Join(" and ", impact.Domains.Select(d => d.Label))).Append(" fail").Append(impact.Domains.Count == 1 ? "s" : "").Append("?\n\n");
        if (impact.Affected.Count == 0)
        {
            text.Append("Nothing breaks: every dependency has an endpoint outside the failed domains.\n");
        }
        else
        {
            var width = impact.Affected.Max(a => a.Component.Label.Length);
            text.Append("  ").Append("component".PadRight(width)).Append("  loses\n");
            foreach (var item in impact.Affected)
            {
                text.Append("  ").Append(item.Component.Label.PadRight(width)).Append("  ").Append(string.Join(", ", item.Lost.Select(n => n.Label).Distinct(StringComparer.Ordinal))).Append('\n');
                text.Append("  ").Append(new string(' ', width)).Append("  path: ").Append(string.Join(" -> ", item.ReadablePath())).Append('\n');
            }
        }

        text.Append('\n').Append("blast radius ").Append(impact.BlastRadius).Append(" components\n");
        return text.ToString();
    }

    public static string Json(FailureImpact impact)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", JsonReportWriter.SchemaVersion);
            json.WriteStartArray("failed");
            foreach (var domain in impact.Domains)
            {
                json.WriteStartObject();
                json.WriteString("id", domain.Id);
                json.WriteString("kind", JsonNames.Of(domain.Kind));
                json.WriteString("label", domain.Label);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("affected");
            foreach (var item in impact.Affected)
            {
                json.WriteStartObject();
                json.WriteString("component", item.Component.Id["component:".Length..]);
                // Two lost dependencies can share a label (a region pinned in code and read from configuration): as in the
                // console, each label is listed once.
                json.WriteStartArray("loses");
                foreach (var label in item.Lost.Select(n => n.Label).Distinct(StringComparer.Ordinal))
                {
                    json.WriteStringValue(label);
                }

                json.WriteEndArray();
                json.WriteStartArray("path");
                foreach (var node in item.Path)
                {
                    json.WriteStringValue(node.Id);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("blastRadius", impact.BlastRadius);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
