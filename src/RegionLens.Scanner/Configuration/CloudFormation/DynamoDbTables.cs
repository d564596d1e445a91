using RegionLens.Core.Model;

namespace RegionLens.Scanner.Configuration.CloudFormation;

/// <param name="Region">The replica's Region; <see cref="CfnValue.DeployRegion"/> for <c>!Ref AWS::Region</c>, null when unknown.</param>
/// <param name="Location">Where the Region is written, or the replica when it names none.</param>
public sealed record TableReplica(CfnValue? Region, SourceLocation Location);

/// <summary>A DynamoDB table of a template: a global table with its replicas, or a plain table (no replicas).</summary>
/// <param name="Location">Where the logical id is written.</param>
public sealed record DynamoDbTable(string LogicalId, string Type, CfnValue? TableName, IReadOnlyList<TableReplica> Replicas, SourceLocation Location)
{
    /// <summary>A plain table, or a global table with one replica, lives in the stack's Region only.</summary>
    public bool IsSingleRegion => Replicas.Count < 2;
}

/// <summary>Reads <c>AWS::DynamoDB::GlobalTable</c> (with <c>Replicas[].Region</c>) and <c>AWS::DynamoDB::Table</c>.</summary>
public static class DynamoDbTables
{
    public static IReadOnlyList<DynamoDbTable> Read(CloudFormationTemplate template) =>
    [
        .. template.Resources.Values
            .Where(r => r.Type is "AWS::DynamoDB::GlobalTable" or "AWS::DynamoDB::Table")
            .Select(r => new DynamoDbTable(
                r.LogicalId,
                r.Type,
                CloudFormationValues.Resolve(r.Properties?["TableName"], template),
                r.Type == "AWS::DynamoDB::GlobalTable" ? Replicas(r.Properties?["Replicas"], template) : [],
                r.Location)),
    ];

    private static List<TableReplica> Replicas(CfnNode? replicas, CloudFormationTemplate template) =>
    [
        .. (replicas as CfnSequence)?.Items.Select(replica => (replica as CfnMapping)?["Region"] is { } region
            ? new TableReplica(CloudFormationValues.Resolve(region, template), region.Location)
            : new TableReplica(null, replica.Location)) ?? [],
    ];
}
