namespace RegionLens.Scanner.Classification;

/// <summary>
/// Regions a Cosmos DB client prefers (DOMAIN §4.2), as the extractor names their sinks (<c>CosmosClientOptions.…</c>,
/// <c>CosmosClientBuilder.With…</c>). They are preferences the SDK fails over from, not pins; from
/// <c>ApplicationRegion</c> it orders every region of the account by proximity and tries them all, while a one-element
/// <c>ApplicationPreferredRegions</c> list is effectively a pin (RL0009's).
/// </summary>
internal static class CosmosRegionPreference
{
    public static bool Is(Dependency dependency) => dependency.Sink.StartsWith("CosmosClient", StringComparison.Ordinal);

    /// <summary><c>ApplicationRegion</c> (or the builder's <c>WithApplicationRegion</c>): where the SDK starts, not all it has.</summary>
    public static bool StartsFromApplicationRegion(Dependency dependency) =>
        Is(dependency) && dependency.Sink.EndsWith("ApplicationRegion", StringComparison.Ordinal);
}
