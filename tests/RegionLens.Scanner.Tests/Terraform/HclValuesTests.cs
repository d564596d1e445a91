using RegionLens.Scanner.Configuration.Terraform;

namespace RegionLens.Scanner.Tests.Terraform;

public sealed class HclValuesTests
{
    private static readonly HclBody Main = HclParser.Parse(TerraformSamples.MainTf).Body;

    private static HclExpression Local(string name) => Main.BlocksOfType("locals").Single().Body.Attribute(name)!.Expression;

    [Fact]
    public void TemplatesAndReferencesResolveThroughVariableDefaults()
    {
        var scope = HclScope.FromModule(Main);
        var table = Main.BlocksOfType("resource").First().Body;

        Assert.Equal("orders-eu-west-1", HclValues.TryString(Local("name_prefix"), scope));
        Assert.Equal("orders-eu-west-1", HclValues.TryString(table.Attribute("name")!.Expression, scope));
        Assert.Equal(["eu-west-1a", "eu-west-1b"], HclValues.TryStrings(Local("zones"), scope));
        Assert.Equal("eu-west-1-a", HclValues.TryString(HclParser.ParseExpression("\"${var.region}-a\""), scope));
    }

    [Fact]
    public void HeredocPolicyEvaluatesWhenItsRegionIsKnown()
    {
        var policy = Main.BlocksOfType("resource").Last().Body.Attribute("policy")!.Expression;

        Assert.Equal(
            "{\n  \"Statement\": [{ \"Resource\": \"arn:aws:dynamodb:eu-west-1:*:table/orders\" }]\n}\n",
            HclValues.TryString(policy, HclScope.FromModule(Main)));
        Assert.Null(HclValues.TryString(policy));
    }

    [Fact]
    public void TfvarsOverrideVariableDefaults()
    {
        var scope = HclScope.FromModule(Main);
        scope.SetVariables(HclParser.Parse(TerraformSamples.ProductionTfvars).Body);

        Assert.Equal("orders-us-east-2", HclValues.TryString(Local("name_prefix"), scope));
        Assert.Equal(["us-west-2", "eu-central-1"], HclValues.TryStrings(HclParser.ParseExpression("var.replica_regions"), scope));
        Assert.Equal("eu-central-1", HclValues.TryString(HclParser.ParseExpression("var.replica_regions[1]"), scope));
        Assert.Equal("42", HclValues.TryString(HclParser.ParseExpression("var.tags[\"cost-center\"]"), scope));
    }

    [Fact]
    public void UnknownValuesAreNull()
    {
        var scope = HclScope.FromModule(Main);

        Assert.Null(HclValues.TryString(HclParser.ParseExpression("aws_dynamodb_table.orders.arn"), scope));
        Assert.Null(HclValues.TryString(HclParser.ParseExpression("lower(var.region)"), scope));
        Assert.Null(HclValues.TryString(HclParser.ParseExpression("\"%{ if true }a%{ endif }\""), scope));
        Assert.Null(HclValues.TryString(HclParser.ParseExpression("null")));
        Assert.Null(HclValues.TryStrings(HclParser.ParseExpression("[\"a\", var.nope]"), scope));
        Assert.Null(HclValues.TryString(HclParser.ParseExpression("var.replica_regions[5]"), scope));
    }

    [Fact]
    public void ScalarsAndParenthesesEvaluate()
    {
        Assert.Equal("2", HclValues.TryString(HclParser.ParseExpression("(2)")));
        Assert.Equal("true", HclValues.TryString(HclParser.ParseExpression("true")));
        Assert.Equal("us-east-1", HclValues.TryString(HclParser.ParseExpression("\"us-east-1\"")));
    }

    [Fact]
    public void CyclicLocalsEndAsUnknown()
    {
        var scope = HclScope.FromModule(HclParser.Parse("locals {\n  a = \"${local.b}\"\n  b = local.a\n  c = local.l[local.c]\n  l = [local.c]\n}\n").Body);

        Assert.Null(HclValues.TryString(HclParser.ParseExpression("local.a"), scope));
        Assert.Null(HclValues.TryString(HclParser.ParseExpression("local.c"), scope));
    }

    [Fact]
    public void SoleInterpolationIsATemplateThatEvaluatesToTheVariable()
    {
        var template = Assert.IsType<HclTemplate>(HclParser.ParseExpression("\"${var.region}\""));
        var scope = new HclScope();
        scope.Set("var.region", "sa-east-1");

        Assert.IsType<HclTemplateInterpolation>(Assert.Single(template.Parts));
        Assert.Equal("sa-east-1", HclValues.TryString(template, scope));
    }
}
