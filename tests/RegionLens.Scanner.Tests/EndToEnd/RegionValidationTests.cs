using RegionLens.Core.Classification;
using RegionLens.Scanner.Scanning;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.EndToEnd;

public sealed class RegionValidationTests
{
    [Fact]
    public async Task AnUnknownRegionCodeIsReportedAsUnknownNotGuessed()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        var defaults = copy.PathOf("src/Shared.Data/AwsDefaults.cs");
        File.WriteAllText(defaults, File.ReadAllText(defaults).Replace("\"us-east-1\"", "\"us-east-9\"", StringComparison.Ordinal));

        var result = await RegionLensScanner.ScanAsync(copy.Root);

        var pin = result.Dependencies.Single(d => d.Component == "src/Shared.Data/Shared.Data.csproj");
        Assert.Equal(("us-east-9", "aws", null, null, EndpointScope.Unknown, "unknown region code"),
            (pin.Value, pin.Provider, pin.Region, pin.Partition, pin.Scope, pin.Note));
        Assert.Contains(result.Findings, f => f.RuleId == "RL0001" && f.Message.StartsWith("Region 'us-east-9'", StringComparison.Ordinal));
    }
}
