using RegionLens.Core.Model;
using RegionLens.Scanner.Infrastructure;
using RegionLens.Scanner.Infrastructure.Terraform;

namespace RegionLens.Scanner.Tests.Terraform;

/// <summary>Renders facts as one compact line each, relative to a folder, so a failing test prints every fact.</summary>
internal static class TerraformFactText
{
    public static string At(SourceLocation location, string root) =>
        $"@{Path.GetRelativePath(root, location.Path).Replace('\\', '/')}:{location.Line}:{location.Column}";

    public static string Value(IacValue value, string root) =>
        $"{value.Text}{(value.IsResolved ? string.Empty : " (unresolved)")} {At(value.Location, root)}";

    public static List<string> Render(InfrastructureFacts facts, string root) =>
    [
        .. facts.Regions.Select(r => $"region {Value(r.Region, root)} {r.Subject}{(r.IsDeployTarget ? " deploy" : " calls")}"),
        .. facts.Endpoints.Select(e => $"endpoint {Value(e.Value, root)} {e.Subject}"),
        .. facts.Resolvers.Select(r => $"resolver {r.Setting} {At(r.Location, root)} [{string.Join(", ", r.Servers.Select(s => Value(s, root)))}]"),
        .. facts.DataStores.Select(d =>
            $"store {d.Kind} {d.LogicalName} {At(d.Location, root)} name={(d.Name is null ? "-" : Value(d.Name, root))} " +
            $"region={(d.Region is null ? "-" : Value(d.Region, root))} replicas=[{string.Join(", ", d.ReplicaRegions.Select(r => Value(r, root)))}]" +
            (d.HasReplication ? " replication" : string.Empty)),
        .. facts.RoutingRecords.Select(r => $"routing {Value(r.Name, root)} {r.Policy}{(r.HasHealthCheck ? " health-checked" : string.Empty)} {At(r.Location, root)}" +
            $" targets=[{string.Join(", ", r.Targets.Select(t => Value(t, root)))}] region={(r.Region is null ? "-" : Value(r.Region, root))}"),
    ];

    public static List<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".tf", StringComparison.Ordinal) || f.EndsWith(".tf.json", StringComparison.Ordinal) || f.Contains(".tfvars", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
}
