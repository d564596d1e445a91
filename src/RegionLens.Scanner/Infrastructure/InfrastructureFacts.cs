using RegionLens.Core.Model;

namespace RegionLens.Scanner.Infrastructure;

/// <summary>
/// A value an infrastructure or deployment file states, at the place it is written. <see cref="Text"/> is what it
/// resolved to; parts that stayed unknown (a variable with no default, a parameter with none) are written as
/// <c>{var.region}</c> / <c>{AWS::Region}</c> and <see cref="IsResolved"/> is false.
/// </summary>
public sealed record IacValue(string Text, SourceLocation Location, bool IsResolved = true);

/// <summary>
/// A region the file names. <see cref="IsDeployTarget"/> is true when infrastructure is created there (a Terraform
/// provider's region, a resource's <c>location</c>, a stack's <c>AWS::Region</c>), false when it only tells a workload
/// which region to call (<c>AWS_REGION</c> in a container's environment). <see cref="Subject"/> says what holds it, e.g.
/// <c>provider "aws" (alias west)</c>, <c>azurerm_cosmosdb_account.main</c>, <c>service orders env AWS_REGION</c>.
/// </summary>
public sealed record RegionDeclaration(IacValue Region, string Subject, bool IsDeployTarget, string? Workload = null);

/// <summary>A host, URL, IP address or connection string in a file (an ExternalName service, an env value, a
/// resource property, an nginx <c>proxy_pass</c>). <see cref="Subject"/> is the property path or setting.</summary>
public sealed record EndpointDeclaration(IacValue Value, string Subject, string? Workload = null);

/// <summary>One resolver setting and every name server it lists (Kubernetes <c>dnsConfig.nameservers</c>, compose
/// <c>dns</c>, nginx <c>resolver</c>, <c>aws_vpc_dhcp_options.domain_name_servers</c>, a resolv.conf written in a
/// Dockerfile). One server in a setting is a single-resolver choke point (RL0004); two or more are not.</summary>
public sealed record ResolverDeclaration(IReadOnlyList<IacValue> Servers, string Setting, SourceLocation Location, string? Workload = null);

/// <summary>
/// A data store the file creates: <see cref="Kind"/> is <c>dynamodb-table</c>, <c>s3-bucket</c>, <c>cosmos-account</c>,
/// <c>sql-database</c>, …; <see cref="LogicalName"/> the resource's name in the file (<c>aws_dynamodb_table.orders</c>,
/// <c>OrdersTable</c>); <see cref="Name"/> the physical name the code uses (the table name) when the file states it;
/// <see cref="Region"/> its home region when known; <see cref="ReplicaRegions"/> every other region it is replicated
/// to (global-table replicas, Cosmos <c>geo_location</c>s beyond the first, a bucket replication destination's region
/// when it can be read). A store with at least one replica in another region is not single-region (DOMAIN §7).
/// <see cref="HasReadableSecondary"/>: a storage account whose SKU lets clients read its paired-region copy
/// (<c>Standard_RAGRS</c>, <c>Standard_RAGZRS</c>), which helps only clients told where that secondary is.
/// </summary>
public sealed record DataStoreDeclaration(
    string Kind,
    string LogicalName,
    IacValue? Name,
    IacValue? Region,
    IReadOnlyList<IacValue> ReplicaRegions,
    SourceLocation Location,
    bool HasReplication = false,
    bool HasReadableSecondary = false)
{
    public bool IsReplicated => HasReplication || ReplicaRegions.Count > 0;
}

/// <summary>
/// A Route 53 record: <see cref="Policy"/> is <c>failover:PRIMARY</c>, <c>failover:SECONDARY</c>,
/// <c>latency:us-west-2</c>, <c>weighted</c>, <c>geolocation</c>, or <c>simple</c> for a record without a routing
/// policy. With health checks, a failover or latency pair is a mitigation for the names it serves (DOMAIN §7).
/// </summary>
public sealed record RoutingRecord(IacValue Name, string Policy, bool HasHealthCheck, SourceLocation Location)
{
    /// <summary>What the record answers with: its values, or its alias target (<c>{aws_lb.east.dns_name}</c> when it
    /// names a resource the file cannot resolve).</summary>
    public IReadOnlyList<IacValue> Targets { get; init; } = [];

    /// <summary>The region the file says the target is in: a latency policy's region, the region of the resource the
    /// target refers to, or a region code in the set identifier (<c>api-us-east-1</c>); null when it says none.</summary>
    public IacValue? Region { get; init; }

    public bool IsRouted => Policy != "simple";
}

/// <summary>Everything one file (or one Terraform module folder) states that RegionLens reasons about.</summary>
public sealed record InfrastructureFacts(
    IReadOnlyList<RegionDeclaration> Regions,
    IReadOnlyList<EndpointDeclaration> Endpoints,
    IReadOnlyList<ResolverDeclaration> Resolvers,
    IReadOnlyList<DataStoreDeclaration> DataStores,
    IReadOnlyList<RoutingRecord> RoutingRecords)
{
    public static InfrastructureFacts Empty { get; } = new([], [], [], [], []);

    /// <summary>The absolute paths of other files this one deploys as part of itself: a Bicep module it calls, an ARM
    /// linked template, a nested stack. Those are included in this file's unit, as a Terraform module in its caller.</summary>
    public IReadOnlyList<string> Includes { get; init; } = [];

    /// <summary>States nothing RegionLens reasons about and deploys no other file.</summary>
    public bool IsEmpty => Regions.Count == 0 && Endpoints.Count == 0 && Resolvers.Count == 0 && DataStores.Count == 0
        && RoutingRecords.Count == 0 && Includes.Count == 0;

    public InfrastructureFacts Concat(InfrastructureFacts other) => new(
        [.. Regions, .. other.Regions],
        [.. Endpoints, .. other.Endpoints],
        [.. Resolvers, .. other.Resolvers],
        [.. DataStores, .. other.DataStores],
        [.. RoutingRecords, .. other.RoutingRecords]);
}
