using System.Text.Json;
using RegionLens.Scanner.Baseline;

namespace RegionLens.Scanner.Reporting.Sarif;

/// <summary>A baseline result that this scan no longer finds, written back with <c>baselineState: absent</c>: its rule
/// (indexed when the catalogue still has it), level, message, primary location and fingerprints, as the baseline gave
/// them. Its other parts could point into the baseline's run (artifacts, rules, thread flows) and are left out.</summary>
internal static class SarifAbsentResults
{
    public static void Write(Utf8JsonWriter json, SarifLocations locations, BaselineResult absent)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", absent.RuleId);
        if (SarifResults.RuleIndex.TryGetValue(absent.RuleId, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        if (absent.Level is "error" or "warning" or "note" or "none")
        {
            json.WriteString("level", absent.Level);
        }

        json.WriteStartObject("message");
        json.WriteString("text", SarifText.Sentence(absent.Message.Length > 0 ? absent.Message : "No longer found"));
        json.WriteEndObject();
        if (absent.Path is { } path)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            locations.WritePhysical(json, path, absent.StartLine, absent.StartColumn, absent.EndColumn);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        foreach (var (name, value) in absent.Fingerprints)
        {
            json.WriteString(name, value);
        }

        json.WriteEndObject();
        json.WriteString("baselineState", "absent");
        json.WriteEndObject();
    }
}
