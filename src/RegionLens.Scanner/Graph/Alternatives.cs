using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Graph;

/// <summary>
/// Which classified values are alternatives for one logical dependency, so that losing one leaves the others
/// (DOMAIN §7): regions listed together and consumed at one place (<c>foreach (var r in Regions)</c>, Cosmos preferred
/// regions, one configuration's list), the name servers of one resolver setting, a data store's home and replica
/// regions, and the regions a stack deploys to (its infrastructure keeps serving from any of them). Every other value
/// is a dependency of its own with a single endpoint.
/// </summary>
internal static class Alternatives
{
    public static IEnumerable<(string Key, IReadOnlyList<Dependency> Group)> Group(IReadOnlyList<Dependency> dependencies) =>
        dependencies
            .GroupBy(KeyOf, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<Dependency>)[.. g]));

    private static string KeyOf(Dependency dependency) => dependency switch
    {
        { Kind: EvidenceKind.Region, Origin: Origin.Iac } when dependency.Sink.EndsWith(" replica", StringComparison.Ordinal) =>
            $"{dependency.Component}|store|{dependency.Sink[..^" replica".Length]}",
        { Kind: EvidenceKind.Region, Origin: Origin.Iac } when IsStore(dependency.Sink) => $"{dependency.Component}|store|{dependency.Sink}",
        { Kind: EvidenceKind.Region, Deploys: true } => $"{dependency.Component}|deploys",
        { Kind: EvidenceKind.Region, Origin: Origin.Code or Origin.Config } =>
            $"{dependency.Component}|regions|{dependency.Sink}|{dependency.Consumer}|{dependency.Environment}",
        { Kind: EvidenceKind.Resolver, Origin: Origin.Code } => $"{dependency.Component}|resolvers|{dependency.Sink}|{dependency.Consumer}",
        { Kind: EvidenceKind.Resolver } => $"{dependency.Component}|resolvers|{dependency.Sink}|{dependency.Locations[0].Path}",
        _ => dependency.Id,
    };

    // "dynamodb-table aws_dynamodb_table.ledger": the subject a data store's regions carry (InfrastructureEvidence).
    private static bool IsStore(string sink) =>
        sink.StartsWith("dynamodb-table ", StringComparison.Ordinal) || sink.StartsWith("cosmos-account ", StringComparison.Ordinal)
        || sink.StartsWith("s3-bucket ", StringComparison.Ordinal) || sink.StartsWith("storage-account ", StringComparison.Ordinal)
        || sink.StartsWith("sql-", StringComparison.Ordinal) || sink.StartsWith("sqs-queue ", StringComparison.Ordinal);
}
