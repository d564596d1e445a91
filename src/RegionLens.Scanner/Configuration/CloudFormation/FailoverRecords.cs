using RegionLens.Core.Model;

namespace RegionLens.Scanner.Configuration.CloudFormation;

/// <summary>A Route 53 record of a failover pair.</summary>
/// <param name="Failover"><c>PRIMARY</c> or <c>SECONDARY</c>, as written.</param>
/// <param name="HealthCheck">The health check: its literal id, or the logical id of the <c>AWS::Route53::HealthCheck</c> it references; null when none.</param>
/// <param name="Location">Where <c>Failover</c> is written.</param>
/// <param name="Targets">What the record answers: each of <c>ResourceRecords</c>, or <c>AliasTarget.DNSName</c>.</param>
/// <param name="SetIdentifierLocation">Where <c>SetIdentifier</c> is written, when it is.</param>
public sealed record FailoverRecord(
    string LogicalId,
    CfnValue? Name,
    string Failover,
    string? SetIdentifier,
    string? HealthCheck,
    SourceLocation Location,
    IReadOnlyList<RecordTarget>? Targets = null,
    SourceLocation? SetIdentifierLocation = null);

/// <summary>One value a record answers with: <see cref="Value"/> when the template tells it, else the resource it
/// names (<c>!GetAtt Api.DNSName</c> → <c>Api</c>) or null.</summary>
public sealed record RecordTarget(CfnValue? Value, string? Resource, SourceLocation Location);

/// <summary>
/// Reads records with failover routing from <c>AWS::Route53::RecordSet</c> and the <c>RecordSets</c> of
/// <c>AWS::Route53::RecordSetGroup</c>. Failover is a mitigation only when Route 53 health checks drive it.
/// </summary>
public static class FailoverRecords
{
    public static IReadOnlyList<FailoverRecord> Read(CloudFormationTemplate template)
    {
        var found = new List<FailoverRecord>();
        foreach (var resource in template.Resources.Values)
        {
            var records = resource.Type switch
            {
                "AWS::Route53::RecordSet" => [resource.Properties],
                "AWS::Route53::RecordSetGroup" => (resource.Properties?["RecordSets"] as CfnSequence)?.Items.Select(i => i as CfnMapping) ?? [],
                _ => [],
            };
            found.AddRange(records.OfType<CfnMapping>()
                .Where(record => record["Failover"] is CfnScalar)
                .Select(record => Record(resource.LogicalId, record, template)));
        }

        return found;
    }

    private static FailoverRecord Record(string logicalId, CfnMapping record, CloudFormationTemplate template)
    {
        var failover = (CfnScalar)record["Failover"]!;
        var healthCheck = record["HealthCheckId"] switch
        {
            null => null,
            CfnMapping reference when reference.ReferencedResource is { } id => id,
            var written => CloudFormationValues.Resolve(written, template)?.Text,
        };
        var values = (record["ResourceRecords"] as CfnSequence)?.Items ?? [];
        var alias = (record["AliasTarget"] as CfnMapping)?["DNSName"];
        return new FailoverRecord(
            logicalId,
            CloudFormationValues.Resolve(record["Name"], template),
            failover.Value,
            CloudFormationValues.Resolve(record["SetIdentifier"], template)?.Text,
            healthCheck,
            failover.Location,
            [.. values.Append(alias).OfType<CfnNode>().Select(node => Target(node, template))],
            record["SetIdentifier"]?.Location);
    }

    private static RecordTarget Target(CfnNode node, CloudFormationTemplate template) =>
        new(CloudFormationValues.Resolve(node, template), (node as CfnMapping)?.ReferencedResource, node.Location);
}
