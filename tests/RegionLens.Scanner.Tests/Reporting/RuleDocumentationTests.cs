using RegionLens.Core.Rules;
using RegionLens.Scanner.Reporting;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.Reporting;

/// <summary>Every rule of the catalogue has its document, in the repository (where the help link points) and
/// embedded in the tool, with the catalogue's title and level and the fixed sections.</summary>
public sealed class RuleDocumentationTests
{
    public static TheoryData<string> RuleIds => [.. RuleCatalog.All.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void EachRuleHasACompleteDocument(string id)
    {
        var rule = RuleCatalog.Find(id)!;
        var embedded = RuleDocumentation.Read(rule);
        var inRepository = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "rules", rule.DocumentName));

        Assert.Equal(inRepository, embedded);
        Assert.StartsWith($"# {rule.Id}: {rule.Title}\n", embedded, StringComparison.Ordinal);
        Assert.Contains($"| Default level | {rule.DefaultLevel.ToString().ToLowerInvariant()} |", embedded, StringComparison.Ordinal);
        foreach (var section in new[] { "## Cause", "## Why it matters", "## How to fix", "## How to suppress", "## Examples" })
        {
            Assert.Contains("\n" + section + "\n", embedded, StringComparison.Ordinal);
        }

        Assert.EndsWith("rules/" + rule.DocumentName, rule.HelpUri, StringComparison.Ordinal);
    }
}
