using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Configuration.CloudFormation;

namespace RegionLens.Scanner.Tests.CloudFormation;

/// <summary>Inputs found in real repositories that must not crash the reader or the extractors.</summary>
public sealed class OddTemplateTests : TemplateFiles
{
    [Theory]
    [InlineData("anchors.yaml", "AWSTemplateFormatVersion: x\nX: &region eu-west-1\nResources:\n  T:\n    Type: AWS::DynamoDB::GlobalTable\n    Properties:\n      Replicas: [{ Region: *region }, 7, !Ref ]\n")]
    [InlineData("merge.yaml", "AWSTemplateFormatVersion: x\nBase: &base { Type: AWS::SQS::Queue }\nResources:\n  Q:\n    <<: *base\n")]
    [InlineData("scalars.yaml", "AWSTemplateFormatVersion: x\nResources: none\nGlobals: { Function: { Environment: { Variables: [a] } } }\nMappings: 3\n")]
    [InlineData("types.yaml", "Resources:\n  A: { Type: AWS::S3::Bucket, Properties: { ReplicationConfiguration: { Rules: [1, { Destination: 2 }] } } }\n  B: { Type: [AWS::SQS::Queue] }\n")]
    [InlineData("records.yaml", "Resources:\n  R: { Type: AWS::Route53::RecordSetGroup, Properties: { RecordSets: { Failover: PRIMARY } } }\n  S: { Type: AWS::Route53::RecordSet, Properties: { Failover: [PRIMARY], HealthCheckId: !GetAtt [] } }\n")]
    [InlineData("intrinsics.json", """{ "Resources": { "F": { "Type": "AWS::Serverless::Function", "Properties": { "Environment": { "Variables": { "A": { "Fn::Sub": [] }, "B": { "Fn::Join": 3 }, "C": { "Ref": [] }, "D": null } } } } } }""")]
    public void OddTemplatesGiveWhatTheyCanWithoutThrowing(string name, string content)
    {
        var template = CloudFormationTemplateReader.Read(Write(name, content));

        if (template is not null)
        {
            _ = DynamoDbTables.Read(template);
            _ = FailoverRecords.Read(template);
            _ = BucketReplications.Read(template);
            _ = EndpointValues.Read(template);
            _ = FunctionEnvironments.Read(template);
        }
    }

    [Fact]
    public void AliasedRegionResolvesLikeTheAnchoredOne()
    {
        var template = ReadTemplate("anchors.yaml", "AWSTemplateFormatVersion: x\nX: &region eu-west-1\nResources:\n  T:\n    Type: AWS::DynamoDB::GlobalTable\n    Properties:\n      Replicas: [{ Region: *region }, { Region: us-east-2 }]\n");

        Assert.Equal(["eu-west-1", "us-east-2"], DynamoDbTables.Read(template).Single().Replicas.Select(r => r.Region?.Text));
    }

    [Fact]
    public void DuplicateKeysAreAParseErrorOnTheirLine()
    {
        var path = Write("duplicate.yaml", "AWSTemplateFormatVersion: x\nResources:\n  Q: { Type: AWS::SQS::Queue }\n  Q: { Type: AWS::SNS::Topic }\n");

        var error = Assert.Throws<ConfigParseException>(() => CloudFormationTemplateReader.Read(path));

        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void JsonArrayIsNotATemplate() => Assert.Null(CloudFormationTemplateReader.Read(Write("list.json", "[1, 2]")));
}
