using Amazon.DynamoDBv2;
using Shared.Data;

// the exact hostname whose DNS record went empty on 2025-10-20
var config = new AmazonDynamoDBConfig { ServiceURL = "https://dynamodb.us-east-1.amazonaws.com" };
var invoices = new AmazonDynamoDBClient(config);

// a second client through the shared factory: pinned to us-east-1 by a constant
var ledger = DynamoClientFactory.Create();

Console.WriteLine($"invoices: {invoices.Config.ServiceURL}");
Console.WriteLine($"ledger: {ledger.Config.RegionEndpoint?.SystemName}");
