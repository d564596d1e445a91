using RegionLens.Core.Model;
using RegionLens.Scanner.Infrastructure;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.CloudFormation;

/// <summary>
/// Renders <see cref="InfrastructureFacts"/> one line per fact, with exact positions, so a test compares the whole
/// list and a failure prints all of it. An unresolved value ends with <c>?</c>.
/// </summary>
internal static class FactLines
{
    public static string Fixture(params string[] parts) => Path.Combine([RepositoryPaths.Root, "tests", "fixtures", .. parts]);

    public static IEnumerable<string> Of(InfrastructureFacts facts) =>
    [
        .. facts.Regions.Select(r => $"region {Value(r.Region)} {r.Subject}{(r.IsDeployTarget ? " deploy" : " calls")}{For(r.Workload)}"),
        .. facts.Endpoints.Select(e => $"endpoint {Value(e.Value)} {e.Subject}{For(e.Workload)}"),
        .. facts.Resolvers.Select(r => $"resolver [{string.Join(", ", r.Servers.Select(Value))}] {r.Setting} @{At(r.Location)}{For(r.Workload)}"),
        .. facts.DataStores.Select(d =>
            $"store {d.Kind} {d.LogicalName} @{At(d.Location)} name={Optional(d.Name)} region={Optional(d.Region)} "
            + $"replicas=[{string.Join(", ", d.ReplicaRegions.Select(Value))}]{(d.HasReplication ? " replication" : "")}"),
        .. facts.RoutingRecords.Select(r =>
            $"routing {Value(r.Name)} {r.Policy} health={r.HasHealthCheck} @{At(r.Location)} targets=[{string.Join(", ", r.Targets.Select(Value))}] region={Optional(r.Region)}"),
    ];

    public static void Assert(IEnumerable<string> expected, InfrastructureFacts facts) =>
        EndToEnd.Rendering.AssertLines(expected, Of(facts));

    private static string Value(IacValue value) => $"{value.Text}{(value.IsResolved ? "" : "?")}@{At(value.Location)}";

    private static string Optional(IacValue? value) => value is null ? "-" : Value(value);

    private static string For(string? workload) => workload is null ? "" : $" ({workload})";

    private static string At(SourceLocation location) => $"{location.Line}:{location.Column}";
}
