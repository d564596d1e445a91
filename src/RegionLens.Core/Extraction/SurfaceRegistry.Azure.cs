using System.Collections.Generic;

namespace RegionLens.Core.Extraction;

internal static partial class SurfaceRegistry
{
    /// <summary>Azure SDK surfaces: Cosmos DB regions and endpoints, Storage and messaging clients made from
    /// connection strings or namespaces, the RA-GRS secondary, the identity authority host. Key Vault and Storage
    /// clients made from a <c>Uri</c> are <see cref="UriSurface"/>'s.</summary>
    private static IEnumerable<SurfaceVisitor> Azure =>
    [
        CosmosClientSurface.Visit,
        CosmosRegionSurface.Visit,
        StorageClientSurface.Visit,
        GeoRedundantSecondarySurface.Visit,
        AuthorityHostSurface.Visit,
        MessagingClientSurface.Visit,
    ];
}
