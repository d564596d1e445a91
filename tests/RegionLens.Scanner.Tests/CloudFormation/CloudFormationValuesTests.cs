using RegionLens.Scanner.Configuration.CloudFormation;

namespace RegionLens.Scanner.Tests.CloudFormation;

public sealed class CloudFormationValuesTests : TemplateFiles
{
    private const string Header = """
        Parameters:
          Region: { Type: String, Default: eu-west-1 }
          Stage: { Type: String, Default: prod }
          NoDefault: { Type: String }
        Mappings:
          RegionMap:
            eu-west-1: { Standby: eu-central-1 }
        Resources:
          Api: { Type: AWS::ApiGateway::RestApi }
          R:
            Type: AWS::SSM::Parameter
            Properties:
              V:
        """;

    [Fact]
    public void StackValuesResolveFromLiteralsParametersAndPseudoParameters()
    {
        var template = ReadTemplate("stack.yaml", Templates.OrdersStack);
        string? Value(string id, params string[] path) => CloudFormationValues.Resolve(template.Resources[id].Properties!.Find(path), template)?.Text;

        Assert.Equal("orders", Value("OrdersTable", "TableName"));
        Assert.Equal("orders.example.com", Value("PrimaryRecord", "Name"));
        Assert.Equal("api.{AWS::Region}.orders.example.com", Value("PrimaryHealthCheck", "HealthCheckConfig", "FullyQualifiedDomainName"));
        Assert.Equal("{AWS::StackName}-audit", Value("AuditTable", "TableName"));
        Assert.Equal("https://orders.example.com/https://payments.eu-central-1.example.net/", Value("Settings", "Value"));
        Assert.Null(Value("PrimaryRecord", "HealthCheckId"));
        Assert.Null(Value("ArchiveBucket", "ReplicationConfiguration", "Role"));
    }

    [Fact]
    public void RefToTheRegionPseudoParameterIsTheDeployRegion()
    {
        var template = ReadTemplate("stack.yaml", Templates.OrdersStack);

        var region = CloudFormationValues.Resolve(template.Resources["OrdersTable"].Properties!.Find("Replicas") is CfnSequence { Items: [CfnMapping first, ..] } ? first["Region"] : null, template);

        Assert.Equal(CfnValue.DeployRegion, region);
        Assert.True(region!.IsDeployRegion);
        Assert.False(region.IsLiteral);
    }

    [Theory]
    [InlineData("literal", "literal")]
    [InlineData("!Ref Region", "eu-west-1")]
    [InlineData("!Sub 'https://dynamodb.${AWS::Region}.amazonaws.com'", "https://dynamodb.{AWS::Region}.amazonaws.com")]
    [InlineData("!Sub 'orders-${Stage}.${Region}'", "orders-prod.eu-west-1")]
    [InlineData("!Sub ['https://${Host}/${Stage}', { Host: !FindInMap [RegionMap, eu-west-1, Standby] }]", "https://eu-central-1/prod")]
    [InlineData("!Sub 'literal ${!Region}'", "literal ${Region}")]
    [InlineData("!Sub 'https://${Api}.execute-api.${AWS::Region}.amazonaws.com'", null)]
    [InlineData("!FindInMap [RegionMap, !Ref Region, Standby]", "eu-central-1")]
    [InlineData("!FindInMap [RegionMap, !Ref AWS::Region, Standby]", null)]
    [InlineData("!FindInMap [RegionMap, us-east-1, Standby]", null)]
    [InlineData("!Join ['.', [sqs, !Ref Region, amazonaws.com]]", "sqs.eu-west-1.amazonaws.com")]
    [InlineData("!Join ['.', [sqs, !GetAtt Api.RootResourceId]]", null)]
    [InlineData("!Select [1, !Split [',', 'us-east-1,us-west-2']]", "us-west-2")]
    [InlineData("!Select [5, [a, b]]", null)]
    [InlineData("!Ref NoDefault", null)]
    [InlineData("!Ref Api", null)]
    [InlineData("!Ref AWS::NoValue", null)]
    [InlineData("!If [IsProd, a, b]", null)]
    [InlineData("[a, b]", null)]
    public void IntrinsicsResolveWhenEveryPartIsKnown(string written, string? expected)
    {
        var template = ReadTemplate("values.yaml", Header + " " + written + "\n");

        Assert.Equal(expected, CloudFormationValues.Resolve(template.Resources["R"].Properties!["V"], template)?.Text);
    }

    [Fact]
    public void ListsResolveToEachValue()
    {
        var template = ReadTemplate("values.yaml", Header + " [!Ref Region, !Ref AWS::Region, us-east-1]\n");

        Assert.Equal(["eu-west-1", "{AWS::Region}", "us-east-1"], CloudFormationValues.ResolveAll(template.Resources["R"].Properties!["V"], template)!.Select(v => v.Text));
    }
}
