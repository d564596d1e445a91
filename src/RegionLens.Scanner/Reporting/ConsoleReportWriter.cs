using System.Text;
using RegionLens.Core.Rules;
using RegionLens.Scanner.Baseline;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Reporting;

/// <summary>The terminal report: components, dependencies grouped by the region they fail with, findings with
/// <c>path:line</c>, and what the scan went past. With a baseline, findings not in it are marked <c>[new]</c> and a
/// line counts the findings in each baseline state.</summary>
public static class ConsoleReportWriter
{
    public static string Write(ScanResult result, string displayedTarget, BaselineComparison? baseline = null)
    {
        var text = new StringBuilder();
        text.AppendLine($"RegionLens {JsonReportWriter.ToolVersion}: {displayedTarget}");
        text.AppendLine();
        WriteComponents(text, result);
        WriteDependencies(text, result);
        WriteClients(text, result);
        WriteFindings(text, result, baseline);
        WriteNotifications(text, result);
        // Suppressed findings count in the total but not by level: the levels say what is left to fix.
        var counts = result.Findings.Where(f => f.Suppression is null).GroupBy(f => f.Level).ToDictionary(g => g.Key, g => g.Count());
        var suppressed = result.Findings.Count(f => f.Suppression is not null);
        var total = Count(result.Findings.Count, "finding") + (suppressed > 0 ? $" ({suppressed} suppressed)" : string.Empty);
        text.AppendLine($"{total}: {Count(counts.GetValueOrDefault(RuleLevel.Error), "error")}, "
            + $"{Count(counts.GetValueOrDefault(RuleLevel.Warning), "warning")}, {Count(counts.GetValueOrDefault(RuleLevel.Note), "note")}");
        if (baseline is not null)
        {
            text.AppendLine($"baseline: {baseline.Summary()}");
        }

        // AppendLine writes the platform's newline; the report is the same bytes on every machine, as JSON and DOT are.
        return text.ToString().ReplaceLineEndings("\n");
    }

    private static void WriteComponents(StringBuilder text, ScanResult result)
    {
        text.AppendLine($"Components ({result.Components.Count})");
        foreach (var component in result.Components)
        {
            text.AppendLine($"  {component.Kind,-8} {component.Name,-24} {component.Id}");
        }

        text.AppendLine();
    }

    private static void WriteDependencies(StringBuilder text, ScanResult result)
    {
        text.AppendLine($"Dependencies ({result.Dependencies.Count}), by the region they fail with");
        var byRegion = result.Dependencies
            .GroupBy(d => d.FailureRegion is { } region ? $"{d.Provider} {region}" : "no region")
            .OrderBy(g => g.Key == "no region" ? 1 : 0)
            .ThenBy(g => g.Key, StringComparer.Ordinal);
        // Columns as wide as their widest entry, so long hosts and launch-profile names stay aligned.
        var valueWidth = result.Dependencies.Select(d => d.Value.Length).DefaultIfEmpty(0).Max();
        var originWidth = result.Dependencies.Select(d => Origin(d).Length).DefaultIfEmpty(0).Max();
        foreach (var group in byRegion)
        {
            text.AppendLine($"  {group.Key}");
            foreach (var dependency in group)
            {
                var value = dependency.Value.PadRight(valueWidth);
                var origin = Origin(dependency).PadRight(originWidth);
                text.AppendLine($"    {JsonNames.Of(dependency.Kind),-8} {value} {origin} {Where(dependency)}");
                text.AppendLine($"             via {dependency.Sink}, used by {string.Join(", ", dependency.UsedBy.Select(Path.GetFileNameWithoutExtension))}");
            }
        }

        text.AppendLine();
    }

    private static void WriteClients(StringBuilder text, ScanResult result)
    {
        if (result.Clients.Count == 0)
        {
            return;
        }

        text.AppendLine($"SDK clients ({result.Clients.Count}) and where their region comes from");
        var nameWidth = result.Clients.Max(c => c.Client.Length);
        foreach (var client in result.Clients)
        {
            var values = client.Values.Count == 0 ? string.Empty : " " + string.Join(", ", client.Values);
            var source = JsonNames.Of(client.Source) + values;
            text.AppendLine($"  {client.Client.PadRight(nameWidth)} {source}  {client.Locations[0].Path}:{client.Locations[0].Line}");
        }

        text.AppendLine();
    }

    private static void WriteFindings(StringBuilder text, ScanResult result, BaselineComparison? baseline)
    {
        var listed = result.Findings.Where(f => f.Suppression is null).ToList();
        text.AppendLine($"Findings ({listed.Count})");
        foreach (var finding in listed)
        {
            var location = finding.Locations.Count > 0 ? $"{finding.Locations[0].Path}:{finding.Locations[0].Line}" : string.Empty;
            var mark = baseline?.StateOf(finding) == BaselineState.New ? " [new]" : string.Empty;
            text.AppendLine($"  {JsonNames.Of(finding.Level),-7} {finding.RuleId} {location}{mark}");
            text.AppendLine($"          {finding.Message}");
        }

        text.AppendLine();
    }

    private static void WriteNotifications(StringBuilder text, ScanResult result)
    {
        if (result.Notifications.Count == 0)
        {
            return;
        }

        text.AppendLine($"Notifications ({result.Notifications.Count})");
        foreach (var notification in result.Notifications)
        {
            var where = notification.Path is null ? string.Empty : notification.Line is { } line ? $"{notification.Path}:{line}: " : $"{notification.Path}: ";
            text.AppendLine($"  {JsonNames.Of(notification.Level),-7} {where}{notification.Message}");
        }

        text.AppendLine();
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string Origin(Dependency dependency) =>
        dependency.Environment is { } environment ? $"{JsonNames.Of(dependency.Origin)} ({environment})" : JsonNames.Of(dependency.Origin);

    private static string Where(Dependency dependency) =>
        string.Join(" <- ", dependency.Locations.Select(l => $"{l.Path}:{l.Line}"));
}
