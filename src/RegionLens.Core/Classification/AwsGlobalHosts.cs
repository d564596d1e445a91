namespace RegionLens.Core.Classification;

/// <summary>
/// AWS hosts with no region token that are nonetheless pinned to one region (DOMAIN §3.3 A4 and the master table of
/// §2.1), the multi-region edge hosts of A4, and the partition-global endpoints of the other partitions (§2.4). The
/// facts live in <c>rules/global-endpoints.json</c> (<see cref="GlobalEndpointCatalogue"/>), not here.
/// </summary>
internal static class AwsGlobalHosts
{
    public static EndpointClassification? TryClassify(string host) =>
        GlobalEndpointCatalogue.Instance.Find(host)?.Classify(host);
}
