namespace RegionLens.Core.Rules;

/// <summary>The rule ids as constants, for the places that need a compile-time constant (the analyzers' descriptors,
/// whose release tracking reads them); <see cref="RuleCatalog"/> holds everything else about each rule.</summary>
public static class RuleIds
{
    public const string Category = "Resilience";
    public const string HardCodedRegion = "RL0001";
    public const string HardCodedRegionalEndpoint = "RL0002";
    public const string HiddenHomeRegion = "RL0003";
    public const string SingleResolver = "RL0004";
    public const string HardCodedIp = "RL0005";
    public const string StaleDnsConnections = "RL0006";
    public const string RegionNotDeployed = "RL0007";
    public const string SingleRegionDataStore = "RL0008";
    public const string SingleRegionClient = "RL0009";
    public const string ControlPlaneOnDataPath = "RL0010";
    public const string ChokePoint = "RL0100";
}
