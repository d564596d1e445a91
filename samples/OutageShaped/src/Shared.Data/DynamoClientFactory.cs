using Amazon;
using Amazon.DynamoDBv2;

namespace Shared.Data;

public static class DynamoClientFactory
{
    // every consumer of this factory lives and dies with us-east-1
    public static IAmazonDynamoDB Create() =>
        new AmazonDynamoDBClient(RegionEndpoint.GetBySystemName(AwsDefaults.PrimaryRegion));
}
