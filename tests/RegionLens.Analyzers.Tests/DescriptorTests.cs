using Microsoft.CodeAnalysis;
using RegionLens.Core.Rules;

namespace RegionLens.Analyzers.Tests;

/// <summary>Every descriptor is the catalogue's rule, and its help link is a rule document of the repository.</summary>
public sealed class DescriptorTests
{
    public static TheoryData<string> Ids => [.. RuleDiagnostics.All.Select(d => d.Id)];

    [Fact]
    public void TheAnalyzerReportsTheRulesOfTheIssue() =>
        Assert.Equal(["RL0001", "RL0002", "RL0003", "RL0005", "RL0006", "RL0009", "RL0010"], RuleDiagnostics.All.Select(d => d.Id).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Ids))]
    public void EachDescriptorIsTheCataloguesRule(string id)
    {
        var descriptor = RuleDiagnostics.Find(id)!;
        var rule = RuleCatalog.Find(id)!;
        Assert.Equal(rule.Title, descriptor.Title.ToString(null));
        Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString(null));
        Assert.Equal(rule.Category, descriptor.Category);
        Assert.Equal(RuleDiagnostics.SeverityOf(rule.DefaultLevel), descriptor.DefaultSeverity);
        Assert.Equal(rule.HelpUri, descriptor.HelpLinkUri);
        Assert.True(descriptor.IsEnabledByDefault);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EachHelpLinkIsARuleDocument(string id)
    {
        var document = Path.Combine(RepositoryRoot(), "rules", RuleDiagnostics.Find(id)!.HelpLinkUri!.Split('/')[^1]);
        Assert.True(File.Exists(document), document);
        Assert.NotEmpty(File.ReadAllText(document).Trim());
    }

    [Fact]
    public void TheReleaseTrackingListsEveryRuleWithItsSeverity()
    {
        var unshipped = File.ReadAllLines(Path.Combine(RepositoryRoot(), "src", "RegionLens.Analyzers", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in RuleDiagnostics.All)
        {
            Assert.Contains(unshipped, line => line.StartsWith($"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", StringComparison.Ordinal));
        }
    }

    internal static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "RegionLens.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("RegionLens.slnx not found above the test output");
    }
}
