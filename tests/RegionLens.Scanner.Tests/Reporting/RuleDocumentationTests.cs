using RegionLens.Core.Rules;
using RegionLens.Scanner.Reporting;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.Reporting;

/// <summary>Every rule of the catalogue has its document, in the repository (where the help link points) and
/// embedded in the tool, with the catalogue's title and level and the fixed sections; and no document is left
/// without a rule.</summary>
public sealed class RuleDocumentationTests
{
    private const string Branch = "/blob/main/";

    /// <summary>The sections every rule document has, in this order (the StyleCop layout, plus Configuration).</summary>
    private static readonly string[] Sections =
        ["Cause", "Rule description", "How to fix", "How to suppress", "Configuration", "Examples"];

    public static TheoryData<string> RuleIds => [.. RuleCatalog.All.Select(r => r.Id)];

    [Fact]
    public void EachRuleDocumentInTheRepositoryBelongsToOneRule()
    {
        var documents = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "rules"), "RL*.md").Select(Path.GetFileName);

        Assert.Equal(
            RuleCatalog.All.Select(r => r.DocumentName).Order(StringComparer.Ordinal),
            documents.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void TheToolCarriesTheRepositorysDocument(string id)
    {
        var rule = RuleCatalog.Find(id)!;

        Assert.Equal(InRepository(rule), RuleDocumentation.Read(rule));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void TheDocumentHasTheSixSectionsInOrderAndNoneIsEmpty(string id)
    {
        var sections = MarkdownSection.Of(InRepository(RuleCatalog.Find(id)!));

        Assert.Equal(Sections, sections.Select(s => s.Heading));
        Assert.All(sections, s => Assert.False(s.Body.Length == 0, $"{id}: '## {s.Heading}' is empty"));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void TheDocumentStatesTheCataloguesTitleAndLevel(string id)
    {
        var rule = RuleCatalog.Find(id)!;
        var document = InRepository(rule);

        Assert.StartsWith($"# {rule.Id}: {rule.Title}\n", document, StringComparison.Ordinal);
        Assert.Contains($"| Default level | {rule.DefaultLevel.ToString().ToLowerInvariant()} |", document, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void TheHelpLinkPointsAtTheDocumentsPathInTheRepository(string id)
    {
        var rule = RuleCatalog.Find(id)!;

        Assert.Equal(RuleCatalog.HelpUriBase + rule.DocumentName, rule.HelpUri);
        // On GitHub, what follows the branch in a blob link is the path from the repository's root.
        var at = rule.HelpUri.IndexOf(Branch, StringComparison.Ordinal);
        Assert.True(at > 0, $"{rule.HelpUri} is not a link to a file on the main branch");
        var relative = rule.HelpUri[(at + Branch.Length)..];
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, relative)), $"{relative} does not exist in the repository");
    }

    [Fact]
    public void TheIndexListsEveryRuleWithItsTitleLevelAndDocument()
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "rules", "README.md"))
            .Where(l => l.StartsWith("| RL", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => (Id: cells[1], Title: cells[2], Level: cells[3], Link: cells[^2]));

        Assert.Equal(
            RuleCatalog.All.Select(r => (r.Id, r.Title, r.DefaultLevel.ToString().ToLowerInvariant(), $"[{r.DocumentName}]({r.DocumentName})")),
            rows);
    }

    private static string InRepository(RuleDescriptor rule) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "rules", rule.DocumentName));
}
