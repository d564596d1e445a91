using System.Globalization;
using Amazon.DynamoDBv2.Model;
using Shared.Data;

namespace Billing.Worker;

public sealed class LedgerWriter(RegionalDynamoClients regions)
{
    // the "ledger" global table has a replica in every configured region, so any of them can take the write
    public Task<PutItemResponse> RecordAsync(string entryId, decimal amount, CancellationToken cancellationToken) =>
        regions.ExecuteAsync(
            (dynamo, token) => dynamo.PutItemAsync(new PutItemRequest
            {
                TableName = "ledger",
                Item = new()
                {
                    ["entry_id"] = new AttributeValue { S = entryId },
                    ["amount"] = new AttributeValue { N = amount.ToString(CultureInfo.InvariantCulture) },
                },
            }, token),
            cancellationToken);
}
