using RegionLens.Core.Rules;

namespace RegionLens.Scanner.Analysis;

/// <summary>
/// RL0008: a data store the infrastructure creates in one region, with no replica in another (a DynamoDB table
/// without replicas or global table, a bucket without replication, a Cosmos account with one location), that the
/// code uses by name. In October 2025 tables with replicas in other regions kept serving (DOMAIN §7). The finding is
/// at the store's declaration, followed by the places that use it.
/// </summary>
internal sealed class SingleRegionDataStoreRule : IRule
{
    private static readonly RuleDescriptor Rule = RuleCatalog.SingleRegionDataStore;

    public IEnumerable<Finding> Evaluate(AnalysisInput input) =>
        input.DataStoreUses
            .Where(u => !u.Store.IsReplicated)
            .Select(u => new Finding(Rule.Id, Rule.DefaultLevel,
                string.Format(null, Rule.MessageFormat, KindName(u.Store.Kind), u.Store.Name!.Text,
                    u.Store.Region is { IsResolved: true } region ? $"{region.Text}, with no replica in another region" : "one region, with no replica in another"),
                [u.Store.Location, .. u.Uses]));

    private static string KindName(string kind) => kind switch
    {
        "dynamodb-table" => "DynamoDB table",
        "s3-bucket" => "S3 bucket",
        "cosmos-account" => "Cosmos DB account",
        "sqs-queue" => "SQS queue",
        "sql-database" => "Database",
        "storage-account" => "Storage account",
        _ => kind,
    };
}
