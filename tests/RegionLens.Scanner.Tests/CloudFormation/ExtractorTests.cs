using RegionLens.Scanner.Configuration.CloudFormation;

namespace RegionLens.Scanner.Tests.CloudFormation;

public sealed class ExtractorTests : TemplateFiles
{
    [Fact]
    public void GlobalTableGivesItsReplicasAndAPlainTableNone()
    {
        var template = ReadTemplate("stack.yaml", Templates.OrdersStack);

        Assert.Equal(
            [
                "OrdersTable AWS::DynamoDB::GlobalTable orders @15:3 [{AWS::Region}@25:19, eu-west-1@26:19] single=False",
                "AuditTable AWS::DynamoDB::Table {AWS::StackName}-audit @27:3 [] single=True",
            ],
            DynamoDbTables.Read(template).Select(Render));
    }

    [Fact]
    public void JsonGlobalTableGivesTheSameReplicasAtItsOwnPositions()
    {
        var template = ReadTemplate("stack.json", Templates.OrdersStackJson);

        EndToEnd.Rendering.AssertLines(
            ["OrdersTable AWS::DynamoDB::GlobalTable orders @4:5 [{AWS::Region}@9:23, eu-west-1@10:23] single=False"],
            DynamoDbTables.Read(template).Select(Render));
    }

    [Fact]
    public void FailoverPairGivesBothRecordsAndThePrimarysHealthCheck()
    {
        var template = ReadTemplate("stack.yaml", Templates.OrdersStack);

        Assert.Equal(
            [
                "PrimaryRecord PRIMARY orders.example.com primary health=PrimaryHealthCheck @48:17",
                "SecondaryRecord SECONDARY orders.example.com secondary health=- @60:17",
            ],
            FailoverRecords.Read(template).Select(r => $"{r.LogicalId} {r.Failover} {r.Name} {r.SetIdentifier} health={r.HealthCheck ?? "-"} @{r.Location.Line}:{r.Location.Column}"));
    }

    [Fact]
    public void RecordSetGroupsGiveTheirFailoverRecordsWithLiteralHealthChecks()
    {
        var template = ReadTemplate("dns.yaml", """
            Resources:
              Api:
                Type: AWS::Route53::RecordSetGroup
                Properties:
                  HostedZoneName: example.com.
                  RecordSets:
                    - { Name: api.example.com, Type: A, SetIdentifier: a, Failover: PRIMARY, HealthCheckId: 0f6c-health }
                    - { Name: api.example.com, Type: A, SetIdentifier: b }
            """);

        Assert.Equal(
            ["Api PRIMARY a 0f6c-health @7:73"],
            FailoverRecords.Read(template).Select(r => $"{r.LogicalId} {r.Failover} {r.SetIdentifier} {r.HealthCheck} @{r.Location.Line}:{r.Location.Column}"));
    }

    [Fact]
    public void BucketReplicationGivesEachRulesDestination()
    {
        var template = ReadTemplate("stack.yaml", Templates.OrdersStack);

        Assert.Equal(
            [
                "ArchiveBucket to-standby arn:aws:s3:::orders-archive-eu-west-1 resource=- @74:23",
                "ArchiveBucket to-backup ? resource=BackupBucket @78:23",
            ],
            BucketReplications.Read(template).Select(r =>
                $"{r.LogicalId} {r.RuleId} {r.DestinationBucket?.Text ?? "?"} resource={r.DestinationResource ?? "-"} @{r.Location.Line}:{r.Location.Column}"));
    }

    [Fact]
    public void EndpointValuesAreFoundInPropertiesWithTheirResolvedValues()
    {
        var template = ReadTemplate("stack.yaml", Templates.OrdersStack);

        Assert.Equal(
            [
                "OrdersTable Replicas[1].Region Region eu-west-1 @26:19",
                "PrimaryRecord ResourceRecords[0] Host orders-alb-123.us-east-1.elb.amazonaws.com @51:11",
                "SecondaryRecord ResourceRecords[0] Host orders-alb-456.eu-west-1.elb.amazonaws.com @62:11",
                "Settings Value Url https://orders.example.com/https://payments.eu-central-1.example.net/ @83:14",
                "Settings Description Region us-west-2 @84:20",
            ],
            EndpointValues.Read(template).Select(Render));
    }

    [Fact]
    public void SamEndpointValuesIncludeGlobals()
    {
        var template = ReadTemplate("template.yaml", Templates.ServerlessStack);

        Assert.Equal(
            [
                "OrdersFunction Environment.Variables.DYNAMODB_ENDPOINT Url https://dynamodb.{AWS::Region}.amazonaws.com @22:30",
                "Globals Function.Environment.Variables.TABLE_REGION Region eu-west-1 @13:23",
            ],
            EndpointValues.Read(template).Select(Render));
    }

    [Fact]
    public void UnresolvedIntrinsicsAreSearchedForTheLiteralsInside()
    {
        var template = ReadTemplate("api.yaml", """
            Conditions:
              IsProd: !Equals [!Ref AWS::AccountId, "123456789012"]
            Resources:
              Api: { Type: AWS::ApiGateway::RestApi }
              Client:
                Type: AWS::SSM::Parameter
                Properties:
                  Value: !If [IsProd, us-east-1, !Sub "https://${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}/prod"]
                  Description: !Sub "sqs.${AWS::Region}.${AWS::URLSuffix}"
            """);

        Assert.Equal(
            [
                "Client Value Region us-east-1 @8:27",
                "Client Value Url https://${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}/prod @8:43",
                "Client Description Host sqs.{AWS::Region}.{AWS::URLSuffix} @9:20",
            ],
            EndpointValues.Read(template).Select(Render));
    }

    [Theory]
    [InlineData("us-east-1", EndpointValueKind.Region)]
    [InlineData("us-gov-west-1", EndpointValueKind.Region)]
    [InlineData("cn-northwest-1", EndpointValueKind.Region)]
    [InlineData("il-central-1", EndpointValueKind.Region)]
    [InlineData("us-east-1a", null)]
    [InlineData("eu-west", null)]
    [InlineData("redis://cache:6379", EndpointValueKind.Url)]
    [InlineData("sts.amazonaws.com", EndpointValueKind.Host)]
    [InlineData("orders.example.com", null)]
    public void KindsFollowTheRegionPatternAndEndpointMarkers(string text, EndpointValueKind? expected) =>
        Assert.Equal(expected, EndpointValues.KindOf(text));

    [Fact]
    public void SamFunctionsGiveTheirOwnAndGlobalVariables()
    {
        var template = ReadTemplate("template.yaml", Templates.ServerlessStack);

        Assert.Equal(
            [
                "Globals AWS_STS_REGIONAL_ENDPOINTS=regional @12:37",
                "Globals TABLE_REGION=eu-west-1 @13:23",
                "OrdersFunction DYNAMODB_ENDPOINT=https://dynamodb.{AWS::Region}.amazonaws.com @22:30",
                "OrdersFunction QUEUE_URL=? @23:22",
            ],
            FunctionEnvironments.Read(template).Select(v => $"{v.Owner} {v.Name}={v.Value?.Text ?? "?"} @{v.Location.Line}:{v.Location.Column}"));
    }

    [Fact]
    public void LambdaFunctionsGiveTheirVariablesToo()
    {
        var template = ReadTemplate("lambda.json", """
            {
              "Resources": {
                "Worker": {
                  "Type": "AWS::Lambda::Function",
                  "Properties": { "Environment": { "Variables": { "AWS_REGION_OVERRIDE": "ap-southeast-2" } } }
                }
              }
            }
            """);

        Assert.Equal(
            ["Worker AWS_REGION_OVERRIDE=ap-southeast-2 @5:78"],
            FunctionEnvironments.Read(template).Select(v => $"{v.Owner} {v.Name}={v.Value?.Text} @{v.Location.Line}:{v.Location.Column}"));
    }

    private static string Render(DynamoDbTable table) =>
        $"{table.LogicalId} {table.Type} {table.TableName} @{table.Location.Line}:{table.Location.Column} "
        + $"[{string.Join(", ", table.Replicas.Select(r => $"{r.Region}@{r.Location.Line}:{r.Location.Column}"))}] single={table.IsSingleRegion}";

    private static string Render(EndpointValue value) =>
        $"{value.Owner} {value.PropertyPath} {value.Kind} {value.Value} @{value.Location.Line}:{value.Location.Column}";
}
