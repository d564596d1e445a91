using RegionLens.Core.Model;
using RegionLens.Core.Rules;
using RegionLens.Scanner.Analysis;
using RegionLens.Scanner.Scanning;
using RegionLens.Scanner.Suppression;

namespace RegionLens.Scanner.Tests.Suppression;

/// <summary>Applying a tree's directives to findings: any location of a finding can carry the comment.</summary>
public sealed class InlineSuppressionsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("regionlens-suppress-").FullName;

    [Fact]
    public void AFindingIsSuppressedAtAnyOfItsLocationsForItsRuleOnly()
    {
        Write("src/Api/appsettings.json", """
            {
              "AWS": {
                // regionlens-disable-next-line RL0001 -- one region by design
                "Region": "us-east-1"
              }
            }
            """);
        Write("src/Api/Program.cs", "var options = builder.Configuration.GetAWSOptions();\n");
        var pin = Finding("RL0001", ("src/Api/Program.cs", 1), ("src/Api/appsettings.json", 4));
        var chokePoint = Finding("RL0100", ("src/Api/appsettings.json", 4));
        var notifications = new Notifications(_root);

        var result = InlineSuppressions.Apply(_root, [pin, chokePoint], notifications, DirectiveText.Today);

        Assert.Equal(
            ["RL0001 'one region by design' @ src/Api/appsettings.json:3:8", "RL0100 -"],
            result.Select(f => f.Suppression is { } s ? $"{f.RuleId} '{s.Justification}' @ {s.Location}{(s.Until is null ? "" : " until")}" : $"{f.RuleId} -"));
        Assert.Equal(pin with { Suppression = result[0].Suppression }, result[0]);
        Assert.Same(chokePoint, result[1]);
        Assert.Empty(notifications.Sorted());
    }

    [Fact]
    public void ProblemsBecomeNotesAtTheCommentsFileAndLine()
    {
        Write("deploy/values.yaml", """
            # regionlens-disable-next-line RL0001 until=2026-01-31 -- until the move
            region: us-east-1
            # regionlens-disable-next-line
            endpoint: 10.0.0.2
            """);
        var notifications = new Notifications(_root);

        var result = InlineSuppressions.Apply(_root,
            [Finding("RL0001", ("deploy/values.yaml", 2)), Finding("RL0005", ("deploy/values.yaml", 4))], notifications, DirectiveText.Today);

        Assert.All(result, f => Assert.Null(f.Suppression));
        Assert.Equal(
            [
                "Note deploy/values.yaml:1 suppression of RL0001 expired on 2026-01-31",
                "Note deploy/values.yaml:3 suppression comment names no rule: write regionlens-disable-next-line RL0001 -- reason",
            ],
            notifications.Sorted().Select(n => $"{n.Level} {n.Path}:{n.Line} {n.Message}"));
    }

    [Fact]
    public void MissingUnknownAndBinaryFilesSuppressNothing()
    {
        Write("README.md", "<!-- regionlens-disable-next-line RL0001 -->\nus-east-1\n");
        File.WriteAllBytes(Path.Combine(_root, "blob.json"), [0x2F, 0x2F, 0x00, 0x01]);
        var findings = new[]
        {
            Finding("RL0001", ("does/not/exist.cs", 3)), Finding("RL0001", ("README.md", 2)), Finding("RL0001", ("blob.json", 1)),
            Finding("RL0001"),
        };
        var notifications = new Notifications(_root);

        var result = InlineSuppressions.Apply(_root, findings, notifications, DirectiveText.Today);

        Assert.Equal<Finding>(findings, result);
        Assert.Empty(notifications.Sorted());
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static Finding Finding(string ruleId, params (string Path, int Line)[] locations) =>
        new(ruleId, RuleLevel.Warning, "message", [.. locations.Select(l => new SourceLocation(l.Path, l.Line, 1))]);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
