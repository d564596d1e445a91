using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Configuration.CloudFormation;
using RegionLens.Scanner.Infrastructure.CloudFormation;

namespace RegionLens.Scanner.Tests.CloudFormation;

public sealed class CloudFormationFactsTests
{
    [Fact]
    public void SamStackGivesRegionsEndpointsStoresAndFailoverRecords()
    {
        var template = CloudFormationTemplateReader.Read(FactLines.Fixture("cloudformation", "orders-stack.yaml"))!;

        FactLines.Assert(["?"], CloudFormationFacts.From(template));
    }

    [Fact]
    public void JsonTemplateWithOnePlainTableGivesTheStackRegionAndTheTable()
    {
        var template = CloudFormationTemplateReader.Read(FactLines.Fixture("cloudformation", "single-table.json"))!;

        FactLines.Assert(["?"], CloudFormationFacts.From(template));
    }

    [Fact]
    public void InvalidYamlFailsOnItsLine()
    {
        var error = Assert.Throws<ConfigParseException>(() => CloudFormationTemplateReader.Read(FactLines.Fixture("malformed", "broken-stack.yaml")));

        Assert.Equal(0, error.Line);
    }
}
