using RegionLens.Core.Classification;
using RegionLens.Core.Model;
using RegionLens.Core.Rules;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Graph;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Reporting;

/// <summary>The words the JSON report (schema version 1) uses for enum values. They are part of the contract:
/// change them only with a new schema version.</summary>
internal static class JsonNames
{
    public static string Of(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Region => "region",
        EvidenceKind.Endpoint => "endpoint",
        EvidenceKind.Resolver => "resolver",
        EvidenceKind.Ip => "ip",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Of(Origin origin) => origin switch
    {
        Origin.Code => "code",
        Origin.Config => "config",
        Origin.Iac => "iac",
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    };

    public static string Of(RegionSource source) => source switch
    {
        RegionSource.Explicit => "explicit",
        RegionSource.ServiceUrl => "serviceUrl",
        RegionSource.Configuration => "configuration",
        RegionSource.AwsOptions => "awsOptions",
        _ => "runtime",
    };

    public static string Of(Confidence confidence) => confidence == Confidence.Semantic ? "semantic" : "syntactic";

    public static string Of(RuleLevel level) => level switch
    {
        RuleLevel.Error => "error",
        RuleLevel.Warning => "warning",
        RuleLevel.Note => "note",
        _ => "none",
    };

    public static string Of(NotificationLevel level) => level switch
    {
        NotificationLevel.Error => "error",
        NotificationLevel.Warning => "warning",
        _ => "note",
    };

    public static string Of(EndpointScope scope) => scope switch
    {
        EndpointScope.Regional => "regional",
        EndpointScope.GlobalHomed => "global-homed",
        EndpointScope.GlobalEdge => "global-edge",
        EndpointScope.Global => "global",
        EndpointScope.Private => "private",
        EndpointScope.Loopback => "loopback",
        EndpointScope.Public => "public",
        _ => "unknown",
    };

    public static string Of(GraphNodeKind kind) => kind switch
    {
        GraphNodeKind.Component => "component",
        GraphNodeKind.Library => "library",
        GraphNodeKind.Dependency => "dependency",
        GraphNodeKind.Endpoint => "endpoint",
        GraphNodeKind.Zone => "zone",
        GraphNodeKind.Resolver => "resolver",
        GraphNodeKind.ControlPlane => "control-plane",
        GraphNodeKind.Declared => "declared",
        _ => "region",
    };

    public static string Of(GraphEdgeKind kind) => kind switch
    {
        GraphEdgeKind.Includes => "includes",
        GraphEdgeKind.Uses => "uses",
        GraphEdgeKind.ServedBy => "served-by",
        GraphEdgeKind.ResolvesThrough => "resolves-through",
        _ => "fails-with",
    };
}
