using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Infrastructure.Arm;

/// <summary>
/// The facts Azure resources state, whether they were written in ARM JSON or Bicep: each resource's
/// <c>location</c> is a Region infrastructure is created in; Cosmos accounts, storage accounts and SQL servers are
/// data stores; and any string that names a URL, host or IP address is an endpoint.
/// </summary>
internal static class AzureResourceFacts
{
    /// <summary>Storage SKUs that keep a copy in the paired Region (DOMAIN §7, Azure Storage RA-GRS).</summary>
    private static readonly HashSet<string> GeoRedundantSkus = new(StringComparer.OrdinalIgnoreCase)
    {
        "Standard_GRS", "Standard_RAGRS", "Standard_GZRS", "Standard_RAGZRS",
    };

    /// <summary>The geo-redundant SKUs whose secondary can be read while the primary Region is down (RA-GRS, RA-GZRS).</summary>
    private static readonly HashSet<string> ReadAccessSkus = new(StringComparer.OrdinalIgnoreCase) { "Standard_RAGRS", "Standard_RAGZRS" };

    public static InfrastructureFacts From(IEnumerable<AzureResource> resources, IEnumerable<AzureValue> values)
    {
        var regions = new List<RegionDeclaration>();
        var endpoints = new List<EndpointDeclaration>();
        var stores = new List<DataStoreDeclaration>();
        foreach (var resource in resources)
        {
            if (Region(resource.Body["location"]) is { } location)
            {
                regions.Add(new RegionDeclaration(location, resource.Subject, IsDeployTarget: true));
            }

            if (DataStore(resource) is { } store)
            {
                stores.Add(store);
            }

            if (resource.Type.Equals("Microsoft.DocumentDB/databaseAccounts", StringComparison.OrdinalIgnoreCase))
            {
                regions.AddRange(CosmosLocations(resource).Select((l, i) => new RegionDeclaration(l.Region, $"{resource.Subject} locations[{i}]", IsDeployTarget: true)));
            }

            Walk(resource.Body, resource.LogicalName, endpoints);
        }

        foreach (var value in values)
        {
            Walk(value.Value, value.Subject, endpoints);
        }

        return new InfrastructureFacts(
            [.. regions.OrderBy(r => r.Region.Location).ThenBy(r => r.Subject, StringComparer.Ordinal)],
            [.. endpoints.OrderBy(e => e.Value.Location).ThenBy(e => e.Subject, StringComparer.Ordinal)],
            [],
            [.. stores.OrderBy(s => s.Location)],
            []);
    }

    private static DataStoreDeclaration? DataStore(AzureResource resource)
    {
        var name = (resource.Body["name"] as AzureScalar)?.Value;
        var location = Region(resource.Body["location"]);
        switch (resource.Type.ToLowerInvariant())
        {
            case "microsoft.documentdb/databaseaccounts":
                var locations = CosmosLocations(resource);
                var primary = locations.OrderBy(l => l.Priority).FirstOrDefault();
                return new DataStoreDeclaration(
                    "cosmos-account",
                    resource.LogicalName,
                    name,
                    primary?.Region ?? location,
                    [.. locations.Where(l => l != primary).Select(l => l.Region)],
                    resource.Location);
            case "microsoft.storage/storageaccounts":
                var sku = (resource.Body.Find("sku", "name") as AzureScalar)?.Value;
                return new DataStoreDeclaration(
                    "storage-account", resource.LogicalName, name, location, [], resource.Location,
                    HasReplication: sku is { IsResolved: true } && GeoRedundantSkus.Contains(sku.Text),
                    HasReadableSecondary: sku is { IsResolved: true } && ReadAccessSkus.Contains(sku.Text));
            case "microsoft.sql/servers":
                return new DataStoreDeclaration("sql-server", resource.LogicalName, name, location, [], resource.Location);
            default:
                return null;
        }
    }

    /// <summary>A Cosmos account's <c>properties.locations</c>; the one with failover priority 0 is the write Region.</summary>
    private static List<CosmosLocation> CosmosLocations(AzureResource resource) =>
    [
        .. ((resource.Body.Find("properties", "locations") as AzureArray)?.Items ?? [])
            .OfType<AzureObject>()
            .Select((item, index) => (Region: Region(item["locationName"]), Priority: Priority(item["failoverPriority"], index)))
            .Where(l => l.Region is not null)
            .Select(l => new CosmosLocation(l.Region!, l.Priority)),
    ];

    /// <summary>An unwritten or unknown priority sorts after every written one, in the order the locations are written.</summary>
    private static int Priority(AzureNode? node, int index) =>
        node is AzureScalar { Value: { IsResolved: true, Text: var text } } && int.TryParse(text, out var priority) ? priority : 1000 + index;

    /// <summary>A location value; <c>global</c> (DNS zones, Front Door) names no Region.</summary>
    private static IacValue? Region(AzureNode? node) =>
        node is AzureScalar { Value: var value } && !value.Text.Equals("global", StringComparison.OrdinalIgnoreCase) && value.Text.Length > 0 ? value : null;

    private static void Walk(AzureNode node, string path, List<EndpointDeclaration> found)
    {
        switch (node)
        {
            case AzureScalar { Value: var value } when EndpointShape.IsEndpoint(value.Text, EndpointShapeOptions.Placeholders):
                found.Add(new EndpointDeclaration(value, path));
                break;
            case AzureObject obj:
                foreach (var property in obj.Properties)
                {
                    Walk(property.Value, path + "." + property.Name, found);
                }

                break;
            case AzureArray array:
                for (var i = 0; i < array.Items.Count; i++)
                {
                    Walk(array.Items[i], $"{path}[{i}]", found);
                }

                break;
        }
    }

    private sealed record CosmosLocation(IacValue Region, int Priority);
}
