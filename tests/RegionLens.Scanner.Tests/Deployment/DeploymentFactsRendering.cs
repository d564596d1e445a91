using RegionLens.Core.Model;
using RegionLens.Scanner.Infrastructure;

namespace RegionLens.Scanner.Tests.Deployment;

/// <summary>Renders facts one per line (regions, endpoints, resolvers), so a failing comparison prints all of them.</summary>
internal static class DeploymentFactsRendering
{
    public static IEnumerable<string> Lines(InfrastructureFacts facts) =>
        facts.Regions.Select(r => $"region [{Value(r.Region)}] {r.Subject}{Workload(r.Workload)}{(r.IsDeployTarget ? " deploy-target" : string.Empty)}")
            .Concat(facts.Endpoints.Select(e => $"endpoint [{Value(e.Value)}] {e.Subject}{Workload(e.Workload)}"))
            .Concat(facts.Resolvers.Select(r =>
                $"resolver [{string.Join(", ", r.Servers.Select(Value))}] {r.Setting} @{At(r.Location)}{Workload(r.Workload)}"))
            .Concat(facts.DataStores.Select(d => $"datastore {d.LogicalName}"))
            .Concat(facts.RoutingRecords.Select(r => $"routing {r.Name.Text}"));

    private static string Value(IacValue value) =>
        $"{value.Text}@{Path.GetFileName(value.Location.Path)}:{At(value.Location)}{(value.IsResolved ? string.Empty : " unresolved")}";

    private static string At(SourceLocation location) => $"{location.Line}:{location.Column}";

    private static string Workload(string? workload) => workload is null ? string.Empty : $" workload={workload}";
}
