using System;
using System.Collections.Generic;
using System.Linq;

namespace RegionLens.Core.Rules;

/// <summary>
/// The one list of RegionLens rules. The analyzer package turns these into diagnostic descriptors, the scanner
/// into findings and SARIF rules; titles match the headings of the documents in <c>rules/</c>.
/// </summary>
public static class RuleCatalog
{
    public const string HelpUriBase = "https://github.com/regionlens/regionlens/blob/main/rules/";

    public static readonly RuleDescriptor HardCodedRegion = new(
        RuleIds.HardCodedRegion, "Cloud region hard-coded in code",
        "Region '{0}' is hard-coded ({1}); the client cannot follow a failover to another region", RuleLevel.Warning);

    public static readonly RuleDescriptor HardCodedRegionalEndpoint = new(
        RuleIds.HardCodedRegionalEndpoint, "Regional service endpoint hard-coded",
        "Endpoint '{0}' ({1}) is hard-coded; it bypasses the SDK's region resolution and any failover", RuleLevel.Warning);

    public static readonly RuleDescriptor HiddenHomeRegion = new(
        RuleIds.HiddenHomeRegion, "Hidden dependency on a global endpoint's home region",
        "'{0}' looks global but depends on {1}", RuleLevel.Warning);

    public static readonly RuleDescriptor SingleResolver = new(
        RuleIds.SingleResolver, "Single DNS resolver", "Only one DNS resolver is configured: {0}", RuleLevel.Warning);

    public static readonly RuleDescriptor HardCodedIp = new(
        RuleIds.HardCodedIp, "Hard-coded IP address used as an endpoint or resolver",
        "IP address '{0}' is used as {1}; it bypasses DNS failover", RuleLevel.Note);

    public static readonly RuleDescriptor StaleDnsConnections = new(
        RuleIds.StaleDnsConnections, "HTTP connections that never re-resolve DNS", "{0}", RuleLevel.Note);

    public static readonly RuleDescriptor RegionNotDeployed = new(
        RuleIds.RegionNotDeployed, "Region not deployed by the solution's infrastructure",
        "Region '{0}' is used by the code but the infrastructure deploys only to {1}", RuleLevel.Warning);

    public static readonly RuleDescriptor SingleRegionDataStore = new(
        RuleIds.SingleRegionDataStore, "Single-region data store used by the code",
        "{0} '{1}' exists only in {2}", RuleLevel.Warning);

    public static readonly RuleDescriptor SingleRegionClient = new(
        RuleIds.SingleRegionClient, "Multi-region-capable client pinned to one region", "{0}", RuleLevel.Note);

    public static readonly RuleDescriptor ControlPlaneOnDataPath = new(
        RuleIds.ControlPlaneOnDataPath, "Control-plane call on the data path", "{0}", RuleLevel.Note);

    public static readonly RuleDescriptor ChokePoint = new(
        RuleIds.ChokePoint, "Choke point: one failure domain takes down components",
        "If {0} fails, {1} can no longer reach {2}, with no alternative (blast radius {3}); path: {4}", RuleLevel.Error);

    public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
    {
        HardCodedRegion, HardCodedRegionalEndpoint, HiddenHomeRegion, SingleResolver, HardCodedIp,
        StaleDnsConnections, RegionNotDeployed, SingleRegionDataStore, SingleRegionClient, ControlPlaneOnDataPath,
        ChokePoint,
    };

    public static RuleDescriptor? Find(string id) =>
        All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
}
