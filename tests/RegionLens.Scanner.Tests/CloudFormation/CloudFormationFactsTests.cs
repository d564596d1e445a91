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

        // DebugBucket is left out: its condition IsDev is false with the default Stage. InHomeRegion depends on the
        // stack's Region, so STANDBY_REGION keeps both alternatives of its !If.
        FactLines.Assert(
            [
                "region {AWS::Region}?@32:3 stack AWS::Region deploy",
                "region {AWS::Region}?@39:23 function OrdersFunction env AWS_REGION calls (OrdersFunction)",
                "region us-west-2@40:27 function OrdersFunction env STANDBY_REGION calls (OrdersFunction)",
                "region us-east-1@40:27 function OrdersFunction env STANDBY_REGION calls (OrdersFunction)",
                "region eu-west-1@59:19 OrdersTable.Replicas[1].Region deploy",
                "endpoint https://payments.example.net/v2@29:23 Globals.Function env PAYMENTS_URL",
                "endpoint https://inventory.example.com/api@41:31 function OrdersFunction env INVENTORY_ENDPOINT (OrdersFunction)",
                "endpoint sqs.{AWS::Region}.amazonaws.com?@42:23 function OrdersFunction env QUEUE_HOST (OrdersFunction)",
                "store dynamodb-table OrdersTable @44:3 name=orders-prod@47:18 region={AWS::Region}?@58:19 replicas=[eu-west-1@59:19]",
                "routing orders.example.com@91:17 failover:PRIMARY health=True @91:17 targets=[api.{AWS::Region}.example.com?@94:11] region=-",
                "routing orders.example.com@104:17 failover:SECONDARY health=True @104:17 targets=[api.us-west-2.example.com@107:11] region=us-west-2@103:22",
            ],
            CloudFormationFacts.From(template));
    }

    [Fact]
    public void JsonTemplateWithOnePlainTableGivesTheStackRegionAndTheTable()
    {
        var template = CloudFormationTemplateReader.Read(FactLines.Fixture("cloudformation", "single-table.json"))!;

        FactLines.Assert(
            [
                "region {AWS::Region}?@8:5 stack AWS::Region deploy",
                "store dynamodb-table SessionsTable @8:5 name=sessions@11:22 region=- replicas=[]",
            ],
            CloudFormationFacts.From(template));
    }

    [Fact]
    public void InvalidYamlFailsOnItsLine()
    {
        var error = Assert.Throws<ConfigParseException>(() => CloudFormationTemplateReader.Read(FactLines.Fixture("malformed", "broken-stack.yaml")));

        Assert.Equal(6, error.Line);
    }
}
