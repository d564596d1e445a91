using System.Text.Json;
using RegionLens.Scanner.Reporting.Sarif;

namespace RegionLens.Scanner.Baseline;

/// <summary>A baseline location's path relative to the scan root, whatever base its log wrote it against: our own
/// <c>%SRCROOT%</c>, or the repository's top folder that <c>--github</c> writes, from which the run's
/// <c>originalUriBaseIds</c> say how to reach <c>%SRCROOT%</c>.</summary>
internal sealed class BaselinePaths
{
    private readonly string? _sourceRootBase;
    private readonly string _sourceRootPrefix = string.Empty;

    public BaselinePaths(JsonElement run)
    {
        if (run.ValueKind == JsonValueKind.Object && run.TryGetProperty("originalUriBaseIds", out var bases) && bases.ValueKind == JsonValueKind.Object
            && bases.TryGetProperty(SarifNames.SourceRoot, out var sourceRoot))
        {
            _sourceRootBase = SarifBaselineReader.String(sourceRoot, "uriBaseId");
            _sourceRootPrefix = SarifBaselineReader.String(sourceRoot, "uri") ?? string.Empty;
        }
    }

    public BaselineLocation? Physical(JsonElement location)
    {
        if (location.ValueKind != JsonValueKind.Object || !location.TryGetProperty("physicalLocation", out var physical)
            || physical.ValueKind != JsonValueKind.Object || !physical.TryGetProperty("artifactLocation", out var artifact)
            || SarifBaselineReader.String(artifact, "uri") is not { } uri)
        {
            return null;
        }

        var baseId = SarifBaselineReader.String(artifact, "uriBaseId");
        if (baseId is not null && baseId == _sourceRootBase && uri.StartsWith(_sourceRootPrefix, StringComparison.Ordinal))
        {
            uri = uri[_sourceRootPrefix.Length..];
        }

        physical.TryGetProperty("region", out var region);
        return new BaselineLocation(
            Uri.UnescapeDataString(uri),
            SarifBaselineReader.Number(region, "startLine"),
            SarifBaselineReader.Number(region, "startColumn"),
            SarifBaselineReader.Number(region, "endColumn"));
    }
}

/// <summary>A baseline location: its path from the scan root and its region, when the log gave one.</summary>
internal sealed record BaselineLocation(string Path, int? StartLine, int? StartColumn, int? EndColumn);
