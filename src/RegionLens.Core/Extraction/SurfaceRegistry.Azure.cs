using System.Collections.Generic;

namespace RegionLens.Core.Extraction;

internal static partial class SurfaceRegistry
{
    /// <summary>Azure SDK surfaces: Cosmos DB regions and endpoints, Storage and Key Vault URIs, the identity
    /// authority host.</summary>
    private static IEnumerable<SurfaceVisitor> Azure => [];
}
