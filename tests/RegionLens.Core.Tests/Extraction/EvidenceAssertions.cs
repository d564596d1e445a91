using Microsoft.CodeAnalysis;
using RegionLens.Core.Classification;
using RegionLens.Core.Extraction;
using RegionLens.Core.Model;

namespace RegionLens.Core.Tests.Extraction;

internal static class Collect
{
    /// <summary>The regions of the snippets' tests, with the SDK field names the tests use.</summary>
    public static readonly RegionCatalogue Regions = new(
    [
        new RegionInfo("aws", "us-east-1", "aws", "USEast1", "US East (N. Virginia)"),
        new RegionInfo("aws", "us-west-2", "aws", "USWest2", "US West (Oregon)"),
        new RegionInfo("aws", "eu-west-1", "aws", "EUWest1", "Europe (Ireland)"),
        new RegionInfo("aws", "us-gov-west-1", "aws-us-gov", "USGovCloudWest1", "AWS GovCloud (US-West)"),
        new RegionInfo("aws", "cn-northwest-1", "aws-cn", "CNNorthWest1", "China (Ningxia)"),
    ]);

    /// <summary>All evidence of every tree, rendered one per line as "Kind value|config:key sink @ path:line:col, …".</summary>
    public static IReadOnlyList<string> From(Compilation compilation)
    {
        var resolver = ValueResolver.ForCompilation(compilation);
        var collector = new CSharpEvidenceCollector(Regions);
        return [.. compilation.SyntaxTrees
            .SelectMany(tree => collector.Collect(compilation.GetSemanticModel(tree), resolver))
            .Select(Render)];
    }

    /// <summary>Compares line by line, showing both lists in full when they differ.</summary>
    public static void AssertLines(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var wanted = string.Join("\n", expected);
        var found = string.Join("\n", actual);
        Assert.True(wanted == found, $"evidence differs.\nexpected:\n{wanted}\nactual:\n{found}");
    }

    public static string Render(Evidence evidence)
    {
        var value = evidence.Value ?? "config:" + evidence.ConfigKey;
        var where = string.Join(", ", evidence.Locations.Select(l => $"{l.Path}:{l.Line}:{l.Column}"));
        var confidence = evidence.Confidence == Confidence.Syntactic ? " (syntactic)" : string.Empty;
        return $"{evidence.Kind} {value} {evidence.Sink} @ {where}{confidence}";
    }
}
