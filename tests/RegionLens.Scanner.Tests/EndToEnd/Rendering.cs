using RegionLens.Scanner.Analysis;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Reporting;

namespace RegionLens.Scanner.Tests.EndToEnd;

/// <summary>One line per dependency or finding, so a test states the whole expected result at once.</summary>
internal static class Rendering
{
    public static string Of(Dependency d) =>
        $"{d.Kind} {d.Value} [{d.Provider}/{d.Service ?? "-"}/{d.Region ?? "-"}] {d.Origin}{(d.Environment is null ? "" : "(" + d.Environment + ")")} "
        + $"{d.Component} via {d.Sink} {d.Confidence} @ {string.Join(", ", d.Locations.Select(l => $"{l.Path}:{l.Line}:{l.Column}"))}";

    public static string Of(Finding f) =>
        $"{f.RuleId} {JsonNames.Of(f.Level)} @ {string.Join(", ", f.Locations.Select(l => $"{l.Path}:{l.Line}"))}: {f.Message}";

    public static void AssertLines(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var wanted = string.Join("\n", expected);
        var found = string.Join("\n", actual);
        Assert.True(wanted == found, $"results differ.\nexpected:\n{wanted}\nactual:\n{found}");
    }
}
