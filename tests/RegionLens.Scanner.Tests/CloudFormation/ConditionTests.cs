using RegionLens.Scanner.Configuration.CloudFormation;
using RegionLens.Scanner.Infrastructure.CloudFormation;

namespace RegionLens.Scanner.Tests.CloudFormation;

public sealed class ConditionTests : TemplateFiles
{
    private const string Template = """
        Parameters:
          Stage: { Type: String, Default: prod }
          Owner: { Type: String }
        Conditions:
          IsProd: !Equals [!Ref Stage, prod]
          IsDev: !Not [!Condition IsProd]
          InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
          ProdInUsEast1: !And [!Condition IsProd, !Condition InUsEast1]
          DevInUsEast1: !And [!Condition IsDev, !Condition InUsEast1]
          ProdOrUsEast1: !Or [!Condition InUsEast1, !Condition IsProd]
          DevOrUsEast1: !Or [!Condition IsDev, !Condition InUsEast1]
          OwnerKnown: !Not [!Equals [!Ref Owner, ""]]
          Loop: !Not [!Condition Loop]
          LongForm: { "Fn::Equals": [{ "Ref": "Stage" }, dev] }
        Resources:
          R:
            Type: AWS::SSM::Parameter
            Properties:
              Known: !If [IsProd, eu-west-1, us-west-2]
              Unknown: !If [InUsEast1, eu-west-1, us-west-2]
              Partly: !If [InUsEast1, eu-west-1, !GetAtt Api.Arn]
        """;

    [Theory]
    [InlineData("IsProd", true)]
    [InlineData("IsDev", false)]
    [InlineData("InUsEast1", null)]
    [InlineData("ProdInUsEast1", null)]
    [InlineData("DevInUsEast1", false)]
    [InlineData("ProdOrUsEast1", true)]
    [InlineData("DevOrUsEast1", null)]
    [InlineData("OwnerKnown", null)]
    [InlineData("Loop", null)]
    [InlineData("LongForm", false)]
    [InlineData("Missing", null)]
    public void ConditionsEvaluateFromParameterDefaults(string name, bool? expected)
    {
        var template = ReadTemplate("conditions.yaml", Template);

        Assert.Equal(expected, ConditionEvaluator.Evaluate(name, template));
    }

    [Theory]
    [InlineData("Known", "eu-west-1")]
    [InlineData("Unknown", "eu-west-1,us-west-2")]
    [InlineData("Partly", null)]
    public void IfPicksTheKnownBranchOrKeepsBothAlternatives(string property, string? expected)
    {
        var template = ReadTemplate("conditions.yaml", Template);

        var values = CloudFormationValues.ResolveAll(template.Resources["R"].Properties![property], template);

        Assert.Equal(expected, values is null ? null : string.Join(",", values.Select(v => v.Text)));
    }

    [Fact]
    public void ResourcesWhoseConditionIsFalseAreLeftOut()
    {
        var template = ReadTemplate("stack.yaml", """
            Parameters:
              Stage: { Type: String, Default: dev }
            Conditions:
              IsProd: !Equals [!Ref Stage, prod]
              InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
            Resources:
              ProdTable:
                Type: AWS::DynamoDB::Table
                Condition: IsProd
                Properties: { TableName: prod-orders }
              MaybeTable:
                Type: AWS::DynamoDB::Table
                Condition: InUsEast1
                Properties: { TableName: maybe-orders }
            """);

        FactLines.Assert(
            [
                "region {AWS::Region}?@11:3 stack AWS::Region deploy",
                "store dynamodb-table MaybeTable @11:3 name=maybe-orders@14:30 region=- replicas=[]",
            ],
            CloudFormationFacts.From(template));
    }
}
