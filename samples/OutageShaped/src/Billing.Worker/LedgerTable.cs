using Amazon.DynamoDBv2;

namespace Billing.Worker;

public static class LedgerTable
{
    // a control-plane call at start-up: in a regional outage the control plane is the last thing to come back
    public static Task EnsureAsync(IAmazonDynamoDB dynamo) => dynamo.DescribeTableAsync("ledger");
}
