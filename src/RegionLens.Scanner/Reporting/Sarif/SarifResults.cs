using System.Globalization;
using System.Text.Json;
using RegionLens.Core.Rules;
using RegionLens.Scanner.Analysis;
using RegionLens.Scanner.Baseline;

namespace RegionLens.Scanner.Reporting.Sarif;

/// <summary>Writes one <c>result</c> per finding: the primary location, the finding's other locations as related
/// locations (and, when they are one value's way from where it is written to where it is used, as a code flow),
/// fingerprints that survive line shifts, the in-source suppression and, when a baseline was compared, the state.</summary>
internal sealed class SarifResults(SarifLocations locations, IReadOnlyDictionary<Finding, string> keys, BaselineComparison? baseline)
{
    /// <summary>Each rule's position in <c>tool.driver.rules</c>, which lists the catalogue in order.</summary>
    internal static readonly IReadOnlyDictionary<string, int> RuleIndex =
        RuleCatalog.All.Select((rule, index) => (rule.Id, index)).ToDictionary(x => x.Id, x => x.index, StringComparer.Ordinal);

    public void Write(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        if (RuleIndex.TryGetValue(finding.RuleId, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", SarifNames.Level(finding.Level));
        json.WriteStartObject("message");
        json.WriteString("text", SarifText.Sentence(finding.Message));
        json.WriteEndObject();
        if (finding.Locations.Count > 0)
        {
            json.WriteStartArray("locations");
            locations.Write(json, finding.Locations[0]);
            json.WriteEndArray();
        }

        WriteRelated(json, finding);
        WriteCodeFlow(json, finding);
        WriteFingerprints(json, finding);
        WriteSuppression(json, finding);
        if (baseline is not null)
        {
            json.WriteString("baselineState", BaselineComparison.Name(baseline.StateOf(finding)));
        }

        json.WriteEndObject();
    }

    /// <summary>A choke point lists the dependencies lost with its failure domain; every other rule's locations are one
    /// value's way from where it is written to the client that uses it.</summary>
    private static bool IsChain(Finding finding) => finding.Path is null && finding.Locations.Count > 1;

    private static string Describe(Finding finding, int position)
    {
        if (!IsChain(finding))
        {
            return "Another dependency lost when this failure domain fails.";
        }

        return position == finding.Locations.Count - 1 ? "The value reaches the code that uses it here."
            : position == 0 ? "The value is written here." : "The value passes through here.";
    }

    private void WriteRelated(Utf8JsonWriter json, Finding finding)
    {
        if (finding.Locations.Count < 2)
        {
            return;
        }

        json.WriteStartArray("relatedLocations");
        for (var i = 1; i < finding.Locations.Count; i++)
        {
            locations.Write(json, finding.Locations[i], i, Describe(finding, i));
        }

        json.WriteEndArray();
    }

    private void WriteCodeFlow(Utf8JsonWriter json, Finding finding)
    {
        if (finding.Flows is { Count: > 0 } flows)
        {
            WriteFlows(json, flows);
        }
        else if (IsChain(finding))
        {
            // A value's way from where it is written to the code that uses it: one flow through every location.
            WriteFlows(json, [new FindingFlow(null, [.. finding.Locations.Select((location, i) => new FlowStep(location, Describe(finding, i)))])]);
        }
    }

    /// <summary>One code flow per way the finding comes about (a choke point's lost dependencies), so that a viewer
    /// can step from each use to where its value is written.</summary>
    private void WriteFlows(Utf8JsonWriter json, IReadOnlyList<FindingFlow> flows)
    {
        json.WriteStartArray("codeFlows");
        foreach (var flow in flows)
        {
            json.WriteStartObject();
            if (flow.Message is { } message)
            {
                json.WriteStartObject("message");
                json.WriteString("text", message);
                json.WriteEndObject();
            }

            json.WriteStartArray("threadFlows");
            json.WriteStartObject();
            json.WriteStartArray("locations");
            foreach (var step in flow.Steps)
            {
                json.WriteStartObject();
                json.WritePropertyName("location");
                locations.Write(json, step.Location, message: step.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void WriteFingerprints(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject("partialFingerprints");
        if (finding.Locations.Count > 0 && locations.Files.Get(finding.Locations[0].Path)?.LineHash(finding.Locations[0].Line) is { } lineHash)
        {
            json.WriteString("primaryLocationLineHash", lineHash);
        }

        json.WriteString(FindingKeys.Name, keys[finding]);
        json.WriteEndObject();
    }

    private void WriteSuppression(Utf8JsonWriter json, Finding finding)
    {
        if (finding.Suppression is not { } suppression)
        {
            return;
        }

        json.WriteStartArray("suppressions");
        json.WriteStartObject();
        json.WriteString("kind", "inSource");
        json.WriteString("status", "accepted");
        if (suppression.Justification.Length > 0)
        {
            json.WriteString("justification", suppression.Justification);
        }

        json.WritePropertyName("location");
        locations.Write(json, suppression.Location);
        if (suppression.Until is { } until)
        {
            json.WriteStartObject("properties");
            json.WriteString("until", until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }
}
