using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using RegionLens.Core.Rules;

namespace RegionLens.Analyzers;

/// <summary>
/// The diagnostic descriptors of the rules the analyzers report, made from the one rule catalogue: id, title, message
/// format, category, default severity and the rule document as help link. Nothing else creates a descriptor.
/// </summary>
public static class RuleDiagnostics
{
    public static readonly DiagnosticDescriptor HardCodedRegion = From(RuleIds.HardCodedRegion, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor HardCodedRegionalEndpoint = From(RuleIds.HardCodedRegionalEndpoint, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor HiddenHomeRegion = From(RuleIds.HiddenHomeRegion, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor HardCodedIp = From(RuleIds.HardCodedIp, DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor StaleDnsConnections = From(RuleIds.StaleDnsConnections, DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor SingleRegionClient = From(RuleIds.SingleRegionClient, DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor ControlPlaneOnDataPath = From(RuleIds.ControlPlaneOnDataPath, DiagnosticSeverity.Info);

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        HardCodedRegion, HardCodedRegionalEndpoint, HiddenHomeRegion, HardCodedIp, StaleDnsConnections, SingleRegionClient, ControlPlaneOnDataPath);

    public static DiagnosticDescriptor? Find(string id) => All.FirstOrDefault(d => d.Id == id);

    public static DiagnosticSeverity SeverityOf(RuleLevel level) => level switch
    {
        RuleLevel.Error => DiagnosticSeverity.Error,
        RuleLevel.Warning => DiagnosticSeverity.Warning,
        RuleLevel.Note => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

/// <summary>Release tracking reads the id and severity where a descriptor is created, so they are constants here;
    /// the rest comes from the catalogue, and a test checks that the severity is the catalogue's default level.</summary>
    private static DiagnosticDescriptor From(string id, DiagnosticSeverity severity)
    {
        var rule = RuleCatalog.Find(id)!;
        return new DiagnosticDescriptor(id, rule.Title, rule.MessageFormat, RuleIds.Category, severity, isEnabledByDefault: true,
            description: null, helpLinkUri: rule.HelpUri);
    }
}
