namespace RegionLens.Scanner.Tests.Formats;

/// <summary>Suppression comments in the comment syntax of each infrastructure format, end to end.</summary>
public sealed class InfrastructureSuppressionTests
{
    [Fact]
    public async Task AYamlCommentAboveAComposeDnsSettingSuppressesItsSingleResolverFinding()
    {
        var result = await FixtureScan.Of("compose", root => FixtureScan.Replace(root, "docker-compose.yml",
            "    dns: 8.8.8.8\n", "    # regionlens-disable-next-line RL0004 -- contract tests resolve through one stub server\n    dns: 8.8.8.8\n"));

        var finding = Assert.Single(result.Findings, f => f.RuleId == "RL0004");
        Assert.Equal(("contract tests resolve through one stub server", "docker-compose.yml", 7), (finding.Suppression?.Justification, finding.Suppression?.Location.Path, finding.Suppression?.Location.Line));
    }

    [Fact]
    public async Task AnHclCommentAboveATableSuppressesItsSingleRegionStoreFinding()
    {
        var result = await FixtureScan.Of("solution", root => FixtureScan.Replace(root, "deploy/terraform/main.tf",
            "# Orders live in one region only.\n", "# regionlens-disable-next-line RL0008 -- orders are rebuilt from the ledger after a regional loss\n"));

        var finding = Assert.Single(result.Findings, f => f.RuleId == "RL0008");
        Assert.Equal("orders are rebuilt from the ledger after a regional loss", finding.Suppression?.Justification);
    }

    [Fact]
    public async Task AnXmlCommentInAWebConfigSuppressesTheChokePointItsRegionFeeds()
    {
        var result = await FixtureScan.Of("webconfig", root => FixtureScan.Replace(root, "Legacy.Orders/web.config",
            "  <aws region=\"us-east-1\" />\n", "  <!-- regionlens-disable-next-line RL0100 - the legacy app is retired in March -->\n  <aws region=\"us-east-1\" />\n"));

        var finding = Assert.Single(result.Findings, f => f.RuleId == "RL0100");
        Assert.Equal("the legacy app is retired in March", finding.Suppression?.Justification);
    }
}
