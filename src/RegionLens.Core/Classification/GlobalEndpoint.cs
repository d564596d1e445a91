namespace RegionLens.Core.Classification;

/// <summary>One entry of <c>rules/global-endpoints.json</c>: a host without a region token and where it really lives.</summary>
internal sealed class GlobalEndpoint
{
    public GlobalEndpoint(string host, bool subdomains, string provider, string service, string partition, EndpointScope scope,
        string? homeRegion, bool fips, bool dualStack, string? note, string source)
    {
        Host = host;
        Subdomains = subdomains;
        Provider = provider;
        Service = service;
        Partition = partition;
        Scope = scope;
        HomeRegion = homeRegion;
        Fips = fips;
        DualStack = dualStack;
        Note = note;
        Source = source;
    }

    public string Host { get; }

    /// <summary>Whether every name under <see cref="Host"/> matches too (<c>my-bucket.s3.amazonaws.com</c>).</summary>
    public bool Subdomains { get; }

    public string Provider { get; }

    public string Service { get; }

    public string Partition { get; }

    public EndpointScope Scope { get; }

    /// <summary>Null for edge hosts and where DOMAIN does not record the region (the iso partitions).</summary>
    public string? HomeRegion { get; }

    public bool Fips { get; }

    public bool DualStack { get; }

    public string? Note { get; }

    /// <summary>The DOMAIN.md section and AWS documents the entry was written from.</summary>
    public string Source { get; }

    public EndpointClassification Classify(string host) =>
        new(host, Provider, Scope, service: Service, homeRegion: HomeRegion, partition: Partition, fips: Fips,
            dualStack: DualStack, note: Note);
}
