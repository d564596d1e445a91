using System.Text.Json;
using RegionLens.Scanner.Reporting.Sarif;

namespace RegionLens.Scanner.Baseline;

/// <summary>
/// Reads the results of a previous SARIF 2.1.0 log that carry RegionLens's <c>regionLensKey/v1</c> fingerprint. Any
/// valid SARIF log is accepted (another tool's results have no key and are passed over); a file that is missing, not
/// JSON or not a SARIF 2.1.0 log is a <see cref="BaselineException"/>, never a crash.
/// </summary>
public static class SarifBaselineReader
{
    private const string WhatABaselineIs = "--baseline takes a report that `regionlens scan --format sarif -o FILE` wrote";

    /// <exception cref="BaselineException">The file cannot be used as a baseline.</exception>
    public static IReadOnlyList<BaselineResult> Read(string path)
    {
        using var document = Parse(path, Load(path));
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.String
            || version.GetString() != SarifNames.Version || !root.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
        {
            throw new BaselineException(path, null, "not a SARIF 2.1.0 log (it needs \"version\": \"2.1.0\" and a \"runs\" array); " + WhatABaselineIs);
        }

        var found = new List<BaselineResult>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in runs.EnumerateArray())
        {
            var paths = new BaselinePaths(run);
            foreach (var result in Array(run, "results"))
            {
                // The key's occurrence number makes it unique in one log; a second copy (two runs merged) adds nothing.
                if (Read(result, paths) is { } read && keys.Add(read.Key))
                {
                    found.Add(read);
                }
            }
        }

        return found;
    }

    private static byte[] Load(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BaselineException(path, null, "baseline file not found; " + WhatABaselineIs);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BaselineException(path, null, "cannot read the baseline: " + e.Message + "; check that it is a file you may read");
        }
    }

    private static JsonDocument Parse(string path, byte[] bytes)
    {
        try
        {
            return JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            // The reader's message repeats the position as "LineNumber: 3 | BytePositionInLine: 0", zero-based.
            var tail = e.Message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            var reason = tail < 0 ? e.Message : e.Message[..tail];
            throw new BaselineException(path, e.LineNumber is { } line ? (int)line + 1 : null, "not valid JSON: " + reason + "; " + WhatABaselineIs);
        }
    }

    private static BaselineResult? Read(JsonElement result, BaselinePaths paths)
    {
        if (result.ValueKind != JsonValueKind.Object || !result.TryGetProperty("partialFingerprints", out var fingerprints)
            || fingerprints.ValueKind != JsonValueKind.Object || String(fingerprints, FindingKeys.Name) is not { } key)
        {
            return null;
        }

        var primary = Array(result, "locations").Select(paths.Physical).FirstOrDefault(l => l is not null);
        var related = Array(result, "relatedLocations").Select(paths.Physical).OfType<BaselineLocation>().Select(l => l.Path).ToList();
        var message = result.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object ? String(m, "text") : null;
        return new BaselineResult(
            key,
            String(result, "ruleId") ?? string.Empty,
            String(result, "level"),
            message ?? string.Empty,
            primary?.Path,
            primary?.StartLine,
            primary?.StartColumn,
            primary?.EndColumn,
            related,
            [.. fingerprints.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).Select(p => KeyValuePair.Create(p.Name, p.Value.GetString()!))]);
    }

    internal static IEnumerable<JsonElement> Array(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray() : [];

    internal static string? String(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    internal static int? Number(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt32(out var number) ? number : null;
}
