using RegionLens.Core.Rules;
using RegionLens.Scanner.Scanning;
using RegionLens.Scanner.UserConfiguration;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.UserConfiguration;

/// <summary>The scan applies <c>exclude</c> and <c>rules</c> end to end and carries the configuration in its result.</summary>
public sealed class UserConfigurationScanTests
{
    [Fact]
    public async Task ExcludedPathsLeaveNoDependencyFindingOrGraphEdgeAndRuleLevelsApply()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        var config = new RegionLensConfig
        {
            Exclude = ["deploy/**"],
            Rules = new Dictionary<string, RuleLevel>(StringComparer.OrdinalIgnoreCase) { ["RL0001"] = RuleLevel.Error, ["RL0004"] = RuleLevel.None }.AsReadOnly(),
        };

        var plain = await RegionLensScanner.ScanAsync(copy.Root);
        var result = await RegionLensScanner.ScanAsync(copy.Root, config: config);

        Assert.Contains(plain.Dependencies, d => d.Locations[0].Path.StartsWith("deploy/", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Dependencies, d => d.Locations[0].Path.StartsWith("deploy/", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.Locations[0].Path.StartsWith("deploy/", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "RL0004");
        Assert.Contains(plain.Findings, f => f.RuleId == "RL0004");
        Assert.All(result.Findings.Where(f => f.RuleId == "RL0001"), f => Assert.Equal(RuleLevel.Error, f.Level));
        Assert.Contains(result.Findings, f => f.RuleId == "RL0001");
        Assert.Same(config, result.Config);
        Assert.Null(plain.Config);
    }
}
