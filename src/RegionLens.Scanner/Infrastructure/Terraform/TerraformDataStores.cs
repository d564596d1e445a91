namespace RegionLens.Scanner.Infrastructure.Terraform;

/// <summary>
/// Data stores the module creates and where their data lives: DynamoDB tables with their replicas (inline
/// <c>replica</c> blocks or <c>aws_dynamodb_table_replica</c> resources), S3 buckets and their replication, Cosmos DB
/// accounts by geo location, SQS queues and RDS databases.
/// </summary>
internal static class TerraformDataStores
{
    public static void Read(TerraformModule module, FactsBuilder facts)
    {
        foreach (var resource in module.OfKind("resource"))
        {
            var store = resource.Type switch
            {
                "aws_dynamodb_table" => DynamoDbTable(module, resource),
                "aws_dynamodb_global_table" => Simple(module, resource, "dynamodb-table", "name", ReplicaBlocks(module, resource)),
                "aws_s3_bucket" => Bucket(module, resource),
                "azurerm_cosmosdb_account" => CosmosAccount(module, resource),
                "aws_sqs_queue" => Simple(module, resource, "sqs-queue", "name", []),
                "aws_rds_cluster" => Simple(module, resource, "sql-database", "cluster_identifier", []),
                "aws_db_instance" => Simple(module, resource, "sql-database", "identifier", []),
                _ => null,
            };
            if (store is not null)
            {
                facts.DataStores.Add(store);
            }
        }
    }

    private static DataStoreDeclaration Simple(TerraformModule module, TerraformBlock resource, string kind, string nameArgument, List<IacValue> replicas, bool replicated = false)
    {
        var region = module.RegionOf(resource);
        return new DataStoreDeclaration(
            kind,
            resource.Address,
            module.Value(resource, nameArgument),
            region,
            [.. replicas.Where(r => r.Text != region?.Text).DistinctBy(r => r.Text)],
            module.Location(resource),
            replicated);
    }

    private static List<IacValue> ReplicaBlocks(TerraformModule module, TerraformBlock resource) =>
    [
        .. resource.Body.BlocksOfType("replica")
            .Select(r => module.Values.Value(r.Body.Attribute("region_name")?.Expression, resource.Path))
            .OfType<IacValue>(),
    ];

    /// <summary>Inline replicas, plus every <c>aws_dynamodb_table_replica</c> whose <c>global_table_arn</c> names this table.</summary>
    private static DataStoreDeclaration DynamoDbTable(TerraformModule module, TerraformBlock table)
    {
        var replicas = ReplicaBlocks(module, table);
        foreach (var replica in module.Resources("aws_dynamodb_table_replica"))
        {
            if (TerraformModule.Refers(replica.Body.Attribute("global_table_arn")?.Expression, table.Address) && module.RegionOf(replica) is { } region)
            {
                replicas.Add(region);
            }
        }

        return Simple(module, table, "dynamodb-table", "name", replicas);
    }

    /// <summary>
    /// A bucket is replicated when an <c>aws_s3_bucket_replication_configuration</c> names it as its <c>bucket</c> (or it
    /// has the provider-3 inline <c>replication_configuration</c>); a destination bucket of this module gives its region.
    /// </summary>
    private static DataStoreDeclaration Bucket(TerraformModule module, TerraformBlock bucket)
    {
        var replicated = bucket.Body.BlocksOfType("replication_configuration").Any();
        var replicas = new List<IacValue>();
        foreach (var configuration in module.Resources("aws_s3_bucket_replication_configuration"))
        {
            if (!TerraformModule.Refers(configuration.Body.Attribute("bucket")?.Expression, bucket.Address))
            {
                continue;
            }

            replicated = true;
            var destinations = configuration.Body.BlocksOfType("rule").SelectMany(r => r.Body.BlocksOfType("destination"));
            foreach (var destination in destinations)
            {
                var target = module.Resources("aws_s3_bucket")
                    .FirstOrDefault(b => TerraformModule.Refers(destination.Body.Attribute("bucket")?.Expression, b.Address));
                if (target is not null && module.RegionOf(target) is { } region)
                {
                    replicas.Add(region);
                }
            }
        }

        return Simple(module, bucket, "s3-bucket", "bucket", replicas, replicated);
    }

    /// <summary>The geo location with the lowest <c>failover_priority</c> is the write region; the others are replicas.</summary>
    private static DataStoreDeclaration CosmosAccount(TerraformModule module, TerraformBlock account)
    {
        var locations = account.Body.BlocksOfType("geo_location")
            .Select((geo, index) => (
                Region: module.Values.Value(geo.Body.Attribute("location")?.Expression, account.Path),
                Priority: int.TryParse(module.Values.Value(geo.Body.Attribute("failover_priority")?.Expression, account.Path)?.Text, out var p) ? p : int.MaxValue,
                Index: index))
            .Where(g => g.Region is not null)
            .OrderBy(g => g.Priority)
            .ThenBy(g => g.Index)
            .Select(g => g.Region!)
            .ToList();
        var home = locations.Count > 0 ? locations[0] : module.Value(account, "location");
        return new DataStoreDeclaration(
            "cosmos-account",
            account.Address,
            module.Value(account, "name"),
            home,
            [.. locations.Skip(1).Where(r => r.Text != home?.Text).DistinctBy(r => r.Text)],
            module.Location(account));
    }
}
