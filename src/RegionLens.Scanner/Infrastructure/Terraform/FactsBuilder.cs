namespace RegionLens.Scanner.Infrastructure.Terraform;

/// <summary>Collects facts as the extractors find them and hands them back in file, line, column order.</summary>
internal sealed class FactsBuilder
{
    public List<RegionDeclaration> Regions { get; } = [];

    public List<EndpointDeclaration> Endpoints { get; } = [];

    public List<ResolverDeclaration> Resolvers { get; } = [];

    public List<DataStoreDeclaration> DataStores { get; } = [];

    public List<RoutingRecord> RoutingRecords { get; } = [];

    /// <summary>
    /// A value reached twice (a local used by two resources, a URL found by name and by shape) is one endpoint: the
    /// first subject that found it is kept.
    /// </summary>
    public void AddEndpoint(EndpointDeclaration endpoint)
    {
        if (!Endpoints.Any(e => e.Value.Location.Equals(endpoint.Value.Location) && e.Value.Text == endpoint.Value.Text))
        {
            Endpoints.Add(endpoint);
        }
    }

    public InfrastructureFacts Build() => new(
        [.. Regions.Distinct().OrderBy(r => r.Region.Location).ThenBy(r => r.Subject, StringComparer.Ordinal)],
        [.. Endpoints.OrderBy(e => e.Value.Location).ThenBy(e => e.Subject, StringComparer.Ordinal)],
        [.. Resolvers.OrderBy(r => r.Location).ThenBy(r => r.Setting, StringComparer.Ordinal)],
        [.. DataStores.OrderBy(d => d.Location).ThenBy(d => d.LogicalName, StringComparer.Ordinal)],
        [.. RoutingRecords.OrderBy(r => r.Location).ThenBy(r => r.Name.Text, StringComparer.Ordinal)]);
}
