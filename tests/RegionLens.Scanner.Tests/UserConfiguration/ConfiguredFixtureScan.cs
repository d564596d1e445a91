using RegionLens.Scanner.Graph;
using RegionLens.Scanner.Scanning;
using RegionLens.Scanner.UserConfiguration;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.UserConfiguration;

/// <summary>Scans a copy of the <c>solution</c> fixture with a <c>regionlens.json</c> written into it and read the way the
/// command line reads it, so that locations in the file are real; and renders what the tests compare.</summary>
internal static class ConfiguredFixtureScan
{
    public static async Task<ScanResult> Of(string regionLensJson)
    {
        using var copy = SampleCopy.OfFixture("solution");
        var path = copy.PathOf(RegionLensConfigReader.FileName);
        File.WriteAllText(path, regionLensJson);
        return await RegionLensScanner.ScanAsync(copy.Root, config: RegionLensConfigReader.Read(path));
    }

    public static async Task<ScanResult> Plain()
    {
        using var copy = SampleCopy.OfFixture("solution");
        return await RegionLensScanner.ScanAsync(copy.Root);
    }

    /// <summary>Every finding but RL0100's, whose choke-point wording is another rule's business.</summary>
    public static List<string> Findings(ScanResult result) =>
        [.. result.Findings.Where(f => f.RuleId != "RL0100").Select(f => $"{f.RuleId} {f.Locations[0].Path}:{f.Locations[0].Line} {f.Message}")];

    /// <summary>"api.shop.example.com -> dc:eu-1" for every fails-with edge whose endpoint label contains <paramref name="host"/>.</summary>
    public static List<string> FailsWith(ScanResult result, string host) =>
        [.. result.Graph.Edges
            .Where(e => e.Kind == GraphEdgeKind.FailsWith && e.Source.Label.Contains(host, StringComparison.Ordinal))
            .Select(e => $"{e.Source.Label} -> {e.Target.Id}")
            .Order(StringComparer.Ordinal)];

    /// <summary>What taking the named domain away does: "component id: lost dependency labels".</summary>
    public static List<string> WhatIf(ScanResult result, params string[] names)
    {
        var impact = FailureAnalysis.Analyse(result.Graph, [.. names.SelectMany(name => FailureDomains.Named(result.Graph, name))]);
        return [.. impact.Affected.Select(a => $"{a.Component.Id}: {string.Join(", ", a.Lost.Select(l => l.Label))}")];
    }
}
