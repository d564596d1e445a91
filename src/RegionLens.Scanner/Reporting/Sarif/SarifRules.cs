using System.Text.Json;
using RegionLens.Core.Rules;

namespace RegionLens.Scanner.Reporting.Sarif;

/// <summary><c>tool.driver.rules</c>: the rule catalogue with its documents, which travel embedded in the scanner.</summary>
internal static class SarifRules
{
    public static void Write(Utf8JsonWriter json)
    {
        json.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.All)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
    }

    /// <summary>The first paragraph under "## Cause", joined into one line; the title when the document lacks it.</summary>
    public static string Cause(string? document, string fallback)
    {
        if (document is null)
        {
            return fallback;
        }

        var lines = document.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = Array.IndexOf(lines, "## Cause");
        if (start < 0)
        {
            return fallback;
        }

        var paragraph = lines.Skip(start + 1).SkipWhile(string.IsNullOrWhiteSpace).TakeWhile(l => !string.IsNullOrWhiteSpace(l));
        var text = string.Join(' ', paragraph.Select(l => l.Trim()));
        return text.Length == 0 ? fallback : text;
    }

    private static void WriteRule(Utf8JsonWriter json, RuleDescriptor rule)
    {
        var document = RuleDocumentation.Read(rule);
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", SarifText.PascalName(rule.Title));
        WriteMessage(json, "shortDescription", SarifText.Sentence(rule.Title));
        WriteMessage(json, "fullDescription", SarifText.Sentence(Cause(document, rule.Title)));
        json.WriteStartObject("help");
        json.WriteString("text", document ?? SarifText.Sentence(rule.Title));
        json.WriteString("markdown", document ?? SarifText.Sentence(rule.Title));
        json.WriteEndObject();
        json.WriteString("helpUri", rule.HelpUri);
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", SarifNames.Level(rule.DefaultLevel));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        foreach (var tag in Tags(rule.Id))
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        json.WriteString("precision", Precision(rule.Id));
        json.WriteString("problem.severity", SarifNames.ProblemSeverity(rule.DefaultLevel));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>Code-scanning filters by tag; every rule is about reliability, and says which failure it is about.</summary>
    private static IEnumerable<string> Tags(string id)
    {
        yield return "reliability";
        if (id is "RL0004" or "RL0005" or "RL0006" or "RL0100")
        {
            yield return "dns";
        }

        if (id is not ("RL0004" or "RL0005" or "RL0006" or "RL0010"))
        {
            yield return "multi-region";
        }

        if (id is "RL0003" or "RL0010" or "RL0100")
        {
            yield return "control-plane";
        }
    }

    /// <summary>How often a result is right. The literal rules see the value itself; the others infer the exposure
    /// from how code, configuration and infrastructure fit together, and can miss a fallback set elsewhere.</summary>
    private static string Precision(string id) => id switch
    {
        "RL0001" or "RL0002" or "RL0004" or "RL0005" => "high",
        _ => "medium",
    };
}
