using Amazon;
using Amazon.DynamoDBv2;
using Microsoft.Extensions.Options;

namespace Shared.Data;

// One DynamoDB client per configured region; a call goes to the first region and moves on to the next when it fails.
// No region is named in code and no ServiceURL is set: the SDK builds each regional endpoint from the region.
public sealed class RegionalDynamoClients : IDisposable
{
    private readonly List<IAmazonDynamoDB> _clients = [];

    public RegionalDynamoClients(IOptions<AwsRegionOptions> options)
    {
        foreach (var region in options.Value.Regions)
        {
            _clients.Add(new AmazonDynamoDBClient(RegionEndpoint.GetBySystemName(region)));
        }

        if (_clients.Count < 2)
        {
            throw new InvalidOperationException("AWS:Regions must list at least two regions, so that one can fail over to the other.");
        }
    }

    public IReadOnlyList<IAmazonDynamoDB> Clients => _clients;

    public async Task<T> ExecuteAsync<T>(Func<IAmazonDynamoDB, CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        List<Exception> failures = [];
        foreach (var client in _clients)
        {
            try
            {
                return await call(client, cancellationToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // a regional failure (DNS, connection or 5xx): the global table's replica in the next region has the same data
                failures.Add(failure);
            }
        }

        throw new AggregateException("Every configured region failed.", failures);
    }

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
    }
}
