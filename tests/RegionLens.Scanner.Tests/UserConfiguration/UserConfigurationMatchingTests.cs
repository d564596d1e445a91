using RegionLens.Core.Model;
using RegionLens.Core.Rules;
using RegionLens.Scanner.Analysis;
using RegionLens.Scanner.UserConfiguration;

namespace RegionLens.Scanner.Tests.UserConfiguration;

/// <summary>What the configuration's values mean: which failure domain a host gets, which paths are excluded, and
/// how the scan applies rule levels and exclusions to its findings.</summary>
public sealed class UserConfigurationMatchingTests
{
    private static readonly RegionLensConfig Domains = new()
    {
        FailureDomains = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["*.example.com"] = "dc:any",
            ["*.corp.example.com"] = "dc:eu-1",
            ["*.db.corp.example.com"] = "dc:eu-2",
            ["ledger.db.corp.example.com"] = "region:aws/us-east-1",
            ["corp.example.com"] = "dc:apex",
        }.AsReadOnly(),
    };

    [Theory]
    [InlineData("ledger.db.corp.example.com", "region:aws/us-east-1")]
    [InlineData("LEDGER.db.corp.example.com.", "region:aws/us-east-1")]
    [InlineData("orders.db.corp.example.com", "dc:eu-2")]
    [InlineData("a.b.c.db.corp.example.com", "dc:eu-2")]
    [InlineData("db.corp.example.com", "dc:eu-1")]
    [InlineData("api.corp.example.com", "dc:eu-1")]
    [InlineData("corp.example.com", "dc:apex")]
    [InlineData("www.example.com", "dc:any")]
    [InlineData("example.com", null)]
    [InlineData("notexample.com", null)]
    [InlineData("xcorp.example.com", "dc:any")]
    [InlineData("example.net", null)]
    public void TheMostSpecificPatternWinsExactThenTheLongestSuffix(string host, string? domain)
    {
        Assert.Equal(domain, Domains.DomainOf(host));
    }

    [Theory]
    [InlineData("tests/**", "tests/Api/Program.cs", true)]
    [InlineData("tests/**", "tests", true)]
    [InlineData("tests/**", "src/tests/Program.cs", false)]
    [InlineData("deploy/legacy", "deploy/legacy/main.tf", true)]
    [InlineData("deploy/legacy", "deploy/legacy-v2/main.tf", false)]
    [InlineData("**/bin", "src/Api/bin/Debug/x.json", true)]
    [InlineData("**/*.tf", "main.tf", true)]
    [InlineData("**/*.tf", "deploy/terraform/main.tf", true)]
    [InlineData("deploy/*.tf", "deploy/terraform/main.tf", false)]
    [InlineData("deploy/*/main.tf", "deploy/terraform/main.tf", true)]
    [InlineData("src/**/appsettings.*.json", "src/Api/appsettings.Development.json", true)]
    [InlineData("src/**/appsettings.*.json", "src/appsettings.Production.json", true)]
    [InlineData("src/**/appsettings.*.json", "src/Api/appsettings.json", false)]
    [InlineData("./samples/", "samples/OutageShaped/Program.cs", true)]
    [InlineData("src/Api?/x.cs", "src/Api2/x.cs", true)]
    [InlineData("Src/**", "src/Api/x.cs", false)]
    public void ExcludeGlobsAreAnchoredAtTheRootAndCoverEverythingBelowAMatchedFolder(string glob, string path, bool excluded)
    {
        var config = new RegionLensConfig { Exclude = [glob] };

        Assert.Equal(excluded, config.IsExcluded(path));
    }

    [Fact]
    public void RedundantResolversCompareAsAddresses()
    {
        var config = new RegionLensConfig { RedundantResolvers = ["2001:db8::1", "10.0.0.2"] };

        Assert.Equal(
            (true, true, false, false),
            (config.IsRedundantResolver("2001:DB8:0::1"), config.IsRedundantResolver("10.0.0.2"), config.IsRedundantResolver("10.0.0.3"), config.IsRedundantResolver("dns")));
    }

    [Fact]
    public void RuleLevelsReplaceTheFindingsLevelAndNoneDropsThem()
    {
        var config = new RegionLensConfig
        {
            Rules = new Dictionary<string, RuleLevel>(StringComparer.OrdinalIgnoreCase) { ["RL0100"] = RuleLevel.None, ["RL0001"] = RuleLevel.Error }.AsReadOnly(),
        };
        var pin = Finding("RL0001", RuleLevel.Warning, "src/Shared/AwsDefaults.cs");
        var chokePoint = Finding("RL0100", RuleLevel.Error, "deploy/terraform/main.tf");
        var resolver = Finding("RL0004", RuleLevel.Warning, "src/Edge/Program.cs");

        var result = UserConfigurationFilter.Apply([pin, chokePoint, resolver], config);

        Assert.Equal([pin with { Level = RuleLevel.Error }, resolver], result);
    }

    [Fact]
    public void AFindingWhosePrimaryLocationIsExcludedIsDropped()
    {
        var config = new RegionLensConfig { Exclude = ["deploy/**"] };
        var inDeploy = Finding("RL0100", RuleLevel.Error, "deploy/terraform/main.tf", "src/Api/Program.cs");
        var usedByDeploy = Finding("RL0001", RuleLevel.Warning, "src/Api/Program.cs", "deploy/terraform/main.tf");

        var result = UserConfigurationFilter.Apply([inDeploy, usedByDeploy], config);

        Assert.Equal([usedByDeploy], result);
    }

    [Fact]
    public void WithoutAConfigurationTheFindingsAreUnchanged()
    {
        IReadOnlyList<Finding> findings = [Finding("RL0100", RuleLevel.Error, "main.tf")];

        Assert.Same(findings, UserConfigurationFilter.Apply(findings, null));
    }

    private static Finding Finding(string ruleId, RuleLevel level, params string[] paths) =>
        new(ruleId, level, "message", [.. paths.Select(p => new SourceLocation(p, 1, 1))]);
}
