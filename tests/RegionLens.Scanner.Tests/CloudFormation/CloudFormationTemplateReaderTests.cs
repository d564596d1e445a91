using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Configuration.CloudFormation;

namespace RegionLens.Scanner.Tests.CloudFormation;

public sealed class CloudFormationTemplateReaderTests : TemplateFiles
{
    [Fact]
    public void ParametersGiveTheirDefaultsWithPositions()
    {
        var template = ReadTemplate("stack.yaml", Templates.OrdersStack);

        Assert.Equal(
            ["Region String us-west-2@6:14 name@4:3", "DomainName String orders.example.com@9:14 name@7:3"],
            template.Parameters.Values.Select(p => $"{p.Name} {p.Type} {Render(p.Default)} name@{p.Location.Line}:{p.Location.Column}"));
    }

    [Fact]
    public void ResourcesGiveTheirTypeWhereTheirLogicalIdIsWritten()
    {
        var template = ReadTemplate("stack.yaml", Templates.OrdersStack);

        Assert.Equal(
            [
                "OrdersTable AWS::DynamoDB::GlobalTable @15:3", "AuditTable AWS::DynamoDB::Table @27:3",
                "PrimaryHealthCheck AWS::Route53::HealthCheck @33:3", "PrimaryRecord AWS::Route53::RecordSet @40:3",
                "SecondaryRecord AWS::Route53::RecordSet @52:3", "ArchiveBucket AWS::S3::Bucket @63:3", "Settings AWS::SSM::Parameter @79:3",
            ],
            template.Resources.Values.Select(r => $"{r.LogicalId} {r.Type} @{r.Location.Line}:{r.Location.Column}"));
        Assert.Empty(template.Transform);
        Assert.Null(template.Globals);
    }

    [Fact]
    public void ShortFormRefIsTheLongFormWithTheValueWhereItIsWritten()
    {
        var template = ReadTemplate("stack.yaml", Templates.OrdersStack);

        Assert.Equal(
            "[{Region@25:11: {Ref@25:19: AWS::Region@25:24}}, {Region@26:11: eu-west-1@26:19}]",
            Render(template.Resources["OrdersTable"].Properties!["Replicas"]));
    }

    [Fact]
    public void ShortFormGetAttSplitsTheResourceFromTheAttribute()
    {
        var template = ReadTemplate("stack.yaml", Templates.OrdersStack);

        var replication = (CfnMapping)template.Resources["ArchiveBucket"].Properties!["ReplicationConfiguration"]!;

        Assert.Equal("{Fn::GetAtt@69:15: [ReplicationRole@69:23, Arn@69:39]}", Render(replication["Role"]));
    }

    [Fact]
    public void ShortFormsNestInsideFlowSequences()
    {
        var template = ReadTemplate("stack.yaml", Templates.OrdersStack);

        Assert.Equal(
            "{Fn::Join@83:14: [@83:21, [https://@83:26, {Ref@83:38: DomainName@83:43}, /@83:55, "
            + "{Fn::FindInMap@83:60: [Endpoints@83:72, Payments@83:83, Url@83:93]}]]}",
            Render(template.Resources["Settings"].Properties!["Value"]));
    }

    [Fact]
    public void QuotedSubStartsAtItsQuote()
    {
        var template = ReadTemplate("stack.yaml", Templates.OrdersStack);

        Assert.Equal("{Fn::Sub@30:18: ${AWS::StackName}-audit@30:23}", Render(template.Resources["AuditTable"].Properties!["TableName"]));
    }

    [Theory]
    [InlineData("!Ref Region", "{Ref@5:10: Region@5:15}")]
    [InlineData("!Sub 'https://${Host}/'", "{Fn::Sub@5:10: https://${Host}/@5:15}")]
    [InlineData("!GetAtt Table.StreamArn", "{Fn::GetAtt@5:10: [Table@5:18, StreamArn@5:24]}")]
    [InlineData("!GetAtt [Table, Arn]", "{Fn::GetAtt@5:10: [Table@5:19, Arn@5:26]}")]
    [InlineData("!If [IsProd, a, b]", "{Fn::If@5:10: [IsProd@5:15, a@5:23, b@5:26]}")]
    [InlineData("!FindInMap [M, k, v]", "{Fn::FindInMap@5:10: [M@5:22, k@5:25, v@5:28]}")]
    [InlineData("!Join [',', [a, b]]", "{Fn::Join@5:10: [,@5:17, [a@5:23, b@5:26]]}")]
    [InlineData("!Select [0, !GetAZs '']", "{Fn::Select@5:10: [0@5:19, {Fn::GetAZs@5:22: @5:30}]}")]
    [InlineData("!Split [',', a]", "{Fn::Split@5:10: [,@5:18, a@5:23]}")]
    [InlineData("!ImportValue shared-vpc", "{Fn::ImportValue@5:10: shared-vpc@5:23}")]
    [InlineData("!Equals [a, b]", "{Fn::Equals@5:10: [a@5:19, b@5:22]}")]
    [InlineData("!Not [!Condition IsProd]", "{Fn::Not@5:10: [{Condition@5:16: IsProd@5:27}]}")]
    [InlineData("!And [x, y]", "{Fn::And@5:10: [x@5:16, y@5:19]}")]
    [InlineData("!Or [x, y]", "{Fn::Or@5:10: [x@5:15, y@5:18]}")]
    [InlineData("!Base64 |\n        echo hi", "{Fn::Base64@5:10: echo hi\n@5:18}")]
    [InlineData("!Custom value", "value@5:18")]
    public void EveryShortFormLoadsAsItsLongForm(string written, string expected)
    {
        var template = ReadTemplate("short.yaml", $"Resources:\n  R:\n    Type: AWS::SSM::Parameter\n    Properties:\n      V: {written}\n");

        Assert.Equal(expected, Render(template.Resources["R"].Properties!["V"]));
    }

    [Fact]
    public void JsonTemplateGivesTheSameNodesAsYamlWithJsonPositions()
    {
        var template = ReadTemplate("stack.json", Templates.OrdersStackJson);

        var table = template.Resources["OrdersTable"];
        Assert.Equal("OrdersTable AWS::DynamoDB::GlobalTable @4:5", $"{table.LogicalId} {table.Type} @{table.Location.Line}:{table.Location.Column}");
        Assert.Equal(
            "[{Region@9:13: {Ref@9:25: AWS::Region@9:32}}, {Region@10:13: eu-west-1@10:23}]",
            Render(table.Properties!["Replicas"]));
    }

    [Fact]
    public void SamTemplateGivesItsTransformAndGlobals()
    {
        var template = ReadTemplate("template.yaml", Templates.ServerlessStack);

        Assert.Equal(["AWS::Serverless-2016-10-31"], template.Transform);
        Assert.Equal("Runtime@9:5", ((CfnMapping)template.Globals!["Function"]!).Properties.Select(p => $"{p.Name}@{p.Location.Line}:{p.Location.Column}").First());
    }

    [Fact]
    public void ResourcesOfAwsTypesMakeATemplateWithoutAFormatVersion()
    {
        var template = ReadTemplate("queue.yml", "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n");

        Assert.Equal(["Queue"], template.Resources.Keys);
    }

    [Theory]
    [InlineData("deployment.yaml", Templates.KubernetesManifest)]
    [InlineData("appsettings.json", """{ "AWS": { "Region": "us-east-1" } }""")]
    [InlineData("empty.yaml", "")]
    [InlineData("list.yaml", "- a\n- b\n")]
    [InlineData("custom.yaml", "Resources:\n  Thing:\n    Type: Custom::Thing\n")]
    public void FilesThatAreNotTemplatesGiveNull(string name, string content) =>
        Assert.Null(CloudFormationTemplateReader.Read(Write(name, content)));

    [Fact]
    public void MalformedYamlNamesTheLine()
    {
        var path = Write("broken.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Table:\n    Type: [AWS::DynamoDB::Table\n    Properties: {}\n");

        var error = Assert.Throws<ConfigParseException>(() => CloudFormationTemplateReader.Read(path));

        Assert.Equal((path, 5), (error.FilePath, error.Line));
    }

    [Fact]
    public void MalformedJsonNamesTheLine()
    {
        var path = Write("broken.json", "{\n  \"AWSTemplateFormatVersion\": \"2010-09-09\",\n  \"Resources\": {\n    \"Table\": { \"Type\" \"AWS::DynamoDB::Table\" }\n  }\n}\n");

        var error = Assert.Throws<ConfigParseException>(() => CloudFormationTemplateReader.Read(path));

        Assert.Equal((path, 4), (error.FilePath, error.Line));
    }

    [Fact]
    public void OddSectionsAreEmptyRatherThanErrors()
    {
        var template = ReadTemplate("odd.yaml", """
            AWSTemplateFormatVersion: '2010-09-09'
            Parameters: [Region]
            Resources:
              - Type: AWS::SQS::Queue
            Globals: none
            Transform: [AWS::Serverless-2016-10-31, AWS::LanguageExtensions]
            """);

        Assert.Empty(template.Parameters);
        Assert.Empty(template.Resources);
        Assert.Null(template.Globals);
        Assert.Equal(["AWS::Serverless-2016-10-31", "AWS::LanguageExtensions"], template.Transform);
    }
}
