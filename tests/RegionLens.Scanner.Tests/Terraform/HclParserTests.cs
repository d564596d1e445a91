using RegionLens.Scanner.Configuration.Terraform;

namespace RegionLens.Scanner.Tests.Terraform;

public sealed class HclParserTests
{
    private static readonly HclBody Main = HclParser.Parse(TerraformSamples.MainTf).Body;
    private static readonly HclBody Failover = HclParser.Parse(TerraformSamples.FailoverTf).Body;

    [Fact]
    public void ReadsTopLevelBlocksWithTypesLabelsAndPositions()
    {
        Assert.Empty(Main.Attributes);
        Assert.Equal(
        [
            "terraform [] @2:1",
            "variable [region] @6:1",
            "provider [aws] @11:1",
            "provider [aws] @15:1",
            "locals [] @20:1",
            "module [replica] @27:1",
            "resource [aws_dynamodb_table,orders] @34:1",
            "resource [aws_iam_policy,read] @47:1",
        ], Main.Blocks.Select(b => $"{b.Type} [{string.Join(",", b.Labels)}] @{b.Position}"));
    }

    [Fact]
    public void VariableKeepsDescriptionAndDefault()
    {
        var variable = Main.Blocks[1].Body;

        Assert.Equal(["description", "default"], variable.Attributes.Select(a => a.Name));
        Assert.Equal(new HclLiteral(HclLiteralKind.String, "Region the orders table lives in", new(7, 17)), variable.Attribute("description")!.Expression);
        Assert.Equal(new HclPosition(8, 3), variable.Attribute("default")!.Position);
        Assert.Equal(new HclLiteral(HclLiteralKind.String, "eu-west-1", new(8, 17)), variable.Attribute("default")!.Expression);
    }

    [Fact]
    public void ProviderRegionIsATraversalAndTheAliasIsAString()
    {
        var region = Assert.IsType<HclTraversal>(Main.Blocks[2].Body.Attribute("region")!.Expression);
        var west = Main.Blocks[3].Body;

        Assert.Equal("var", region.Root);
        Assert.Equal("var.region", region.DottedName);
        Assert.Equal(new HclPosition(12, 12), region.Position);
        Assert.Equal(new HclPosition(12, 16), region.Steps[0].Position);
        Assert.Equal("west", HclValues.TryString(west.Attribute("alias")!.Expression));
        Assert.Equal(new HclPosition(16, 12), west.Attribute("alias")!.Expression.Position);
        Assert.Equal("us-west-2", HclValues.TryString(west.Attribute("region")!.Expression));
    }

    [Fact]
    public void LocalTemplateKeepsLiteralAndInterpolationParts()
    {
        var locals = Main.Blocks[4].Body;
        var template = Assert.IsType<HclTemplate>(locals.Attribute("name_prefix")!.Expression);

        Assert.Equal(new HclPosition(21, 17), template.Position);
        Assert.Equal(new HclTemplateText("orders-", new(21, 18)), template.Parts[0]);
        var interpolation = Assert.IsType<HclTemplateInterpolation>(template.Parts[1]);
        Assert.Equal(new HclPosition(21, 25), interpolation.Position);
        var traversal = Assert.IsType<HclTraversal>(interpolation.Expression);
        Assert.Equal(("var.region", new HclPosition(21, 27)), (traversal.DottedName, traversal.Position));
        Assert.Equal(2, template.Parts.Count);
    }

    [Fact]
    public void TupleOfTemplates()
    {
        var zones = Assert.IsType<HclTuple>(Main.Blocks[4].Body.Attribute("zones")!.Expression);

        Assert.Equal(new HclPosition(24, 11), zones.Position);
        Assert.Equal([new HclPosition(24, 12), new HclPosition(24, 30)], zones.Items.Select(i => i.Position));
        Assert.All(zones.Items, i => Assert.IsType<HclTemplate>(i));
    }

    [Fact]
    public void ModuleInputsIncludeAProvidersObjectAndAResourceReference()
    {
        var module = Main.Blocks[5].Body;
        var providers = Assert.IsType<HclObject>(module.Attribute("providers")!.Expression);
        var arn = Assert.IsType<HclTraversal>(module.Attribute("table_arn")!.Expression);

        Assert.Equal(["source", "providers", "region", "table_arn"], module.Attributes.Select(a => a.Name));
        var item = Assert.Single(providers.Items);
        Assert.Equal(new HclLiteral(HclLiteralKind.String, "aws", new(29, 17)), item.Key);
        Assert.Equal(("aws.west", new HclPosition(29, 23)), (((HclTraversal)item.Value).DottedName, item.Value.Position));
        Assert.Equal(("aws_dynamodb_table.orders.arn", new HclPosition(31, 15)), (arn.DottedName, arn.Position));
    }

    [Fact]
    public void DynamoDbTableHasTwoNestedReplicaBlocks()
    {
        var table = Main.Blocks[6].Body;
        var replicas = table.BlocksOfType("replica").ToList();

        Assert.Equal(["name", "billing_mode", "hash_key"], table.Attributes.Select(a => a.Name));
        Assert.Equal([new HclPosition(39, 3), new HclPosition(42, 3)], replicas.Select(r => r.Position));
        var regionName = replicas[0].Body.Attribute("region_name")!;
        Assert.Equal(new HclPosition(40, 5), regionName.Position);
        Assert.Equal(new HclLiteral(HclLiteralKind.String, "us-west-2", new(40, 19)), regionName.Expression);
        Assert.Equal("ap-southeast-1", HclValues.TryString(replicas[1].Body.Attribute("region_name")!.Expression));
    }

    [Fact]
    public void IndentedHeredocLosesItsCommonIndentationAndKeepsItsInterpolation()
    {
        var policy = Assert.IsType<HclTemplate>(Main.Blocks[7].Body.Attribute("policy")!.Expression);

        Assert.Equal(new HclPosition(48, 12), policy.Position);
        Assert.Equal(
            "{\n  \"Statement\": [{ \"Resource\": \"arn:aws:dynamodb:",
            Assert.IsType<HclTemplateText>(policy.Parts[0]).Text);
        Assert.Equal(new HclPosition(50, 53), policy.Parts[1].Position);
        Assert.Equal(":*:table/orders\" }]\n}\n", Assert.IsType<HclTemplateText>(policy.Parts[2]).Text);
    }

    [Fact]
    public void ExposesAllThreeCommentFormsWithPositions()
    {
        var comments = HclParser.Parse(TerraformSamples.MainTf).Comments;

        Assert.Equal(
        [
            "1:1 # Primary region for the orders service",
            "16:19 // the failover region",
            "22:3 /* zones are derived\n     from the region */",
        ], comments.Select(c => $"{c.Position} {c.Text}"));
    }

    [Fact]
    public void Route53FailoverRecordKeepsItsPolicyBlockAndHealthCheck()
    {
        var record = Failover.Blocks[0];
        var healthCheck = record.Body.Attribute("health_check_id")!;
        var policy = Assert.Single(record.Body.Blocks);

        Assert.Equal(["aws_route53_record", "api_primary"], record.Labels);
        Assert.Equal(new HclPosition(8, 3), healthCheck.Position);
        Assert.Equal(("aws_route53_health_check.east.id", new HclPosition(8, 21)), (((HclTraversal)healthCheck.Expression).DottedName, healthCheck.Expression.Position));
        Assert.Equal(("failover_routing_policy", new HclPosition(10, 3)), (policy.Type, policy.Position));
        Assert.Equal(new HclLiteral(HclLiteralKind.String, "PRIMARY", new(11, 12)), policy.Body.Attribute("type")!.Expression);
        Assert.Equal(new HclLiteral(HclLiteralKind.Number, "60", new(5, 21)), record.Body.Attribute("ttl")!.Expression);
    }

    [Fact]
    public void DhcpOptionsNameServersAreATupleOfStrings()
    {
        var servers = Failover.Blocks[1].Body.Attribute("domain_name_servers")!;

        Assert.Equal(new HclPosition(16, 3), servers.Position);
        Assert.Equal(["10.0.0.2", "8.8.8.8"], HclValues.TryStrings(servers.Expression));
        Assert.Equal([new HclPosition(16, 26), new HclPosition(16, 38)], ((HclTuple)servers.Expression).Items.Select(i => i.Position));
    }

    [Fact]
    public void CosmosDbAccountHasTwoGeoLocations()
    {
        var account = Failover.Blocks[2].Body;
        var locations = account.BlocksOfType("geo_location").ToList();

        Assert.Equal(new HclLiteral(HclLiteralKind.Bool, "false", new(22, 37)), account.Attribute("enable_multiple_write_locations")!.Expression);
        Assert.Equal(
            ["westeurope@25:25 priority 0", "northeurope@30:25 priority 1"],
            locations.Select(l => $"{HclValues.TryString(l.Body.Attribute("location")!.Expression)}@{l.Body.Attribute("location")!.Expression.Position} priority {HclValues.TryString(l.Body.Attribute("failover_priority")!.Expression)}"));
    }

    [Fact]
    public void TfvarsFileHasOnlyAttributes()
    {
        var tfvars = HclParser.Parse(TerraformSamples.ProductionTfvars).Body;
        var tags = Assert.IsType<HclObject>(tfvars.Attribute("tags")!.Expression);

        Assert.Empty(tfvars.Blocks);
        Assert.Equal(["region@1:1", "replica_regions@2:1", "tags@3:1"], tfvars.Attributes.Select(a => $"{a.Name}@{a.Position}"));
        Assert.Equal(["us-west-2", "eu-central-1"], HclValues.TryStrings(tfvars.Attribute("replica_regions")!.Expression));
        Assert.Equal(
            ["team=orders@4:3", "cost-center=42@5:3"],
            tags.Items.Select(i => $"{HclValues.TryString(i.Key)}={HclValues.TryString(i.Value)}@{i.Position}"));
    }

    [Fact]
    public void SingleLineBlocksAndBlocksWithoutLabels()
    {
        var body = HclParser.Parse("variable \"zone\" { default = \"a\" }\nterraform {}\n").Body;

        Assert.Equal("a", HclValues.TryString(body.Blocks[0].Body.Attribute("default")!.Expression));
        Assert.Equal(("terraform", 0), (body.Blocks[1].Type, body.Blocks[1].Labels.Count));
    }
}
