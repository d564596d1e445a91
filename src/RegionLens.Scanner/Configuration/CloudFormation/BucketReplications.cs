using RegionLens.Core.Model;

namespace RegionLens.Scanner.Configuration.CloudFormation;

/// <summary>One replication rule of an S3 bucket.</summary>
/// <param name="DestinationBucket">The destination bucket's ARN where the template tells it.</param>
/// <param name="DestinationResource">The logical id of the destination bucket when it is a resource of the template.</param>
/// <param name="Location">Where <c>Destination.Bucket</c> is written.</param>
public sealed record BucketReplication(string LogicalId, string? RuleId, CfnValue? DestinationBucket, string? DestinationResource, SourceLocation Location);

/// <summary>
/// Reads <c>AWS::S3::Bucket</c> <c>ReplicationConfiguration.Rules[].Destination.Bucket</c>. The destination's Region
/// is not written in the rule; callers can find it from the destination resource or the bucket name.
/// </summary>
public static class BucketReplications
{
    public static IReadOnlyList<BucketReplication> Read(CloudFormationTemplate template) =>
    [
        .. from bucket in template.Resources.Values
           where bucket.Type == "AWS::S3::Bucket"
           let rules = bucket.Properties?.Find("ReplicationConfiguration", "Rules") as CfnSequence
           from rule in rules?.Items.OfType<CfnMapping>() ?? []
           let destination = rule.Find("Destination", "Bucket")
           where destination is not null
           select new BucketReplication(
               bucket.LogicalId,
               CloudFormationValues.Resolve(rule["Id"], template)?.Text,
               CloudFormationValues.Resolve(destination, template),
               (destination as CfnMapping)?.ReferencedResource,
               destination.Location),
    ];
}
