using RegionLens.Scanner.Configuration.Terraform;

namespace RegionLens.Scanner.Tests.Terraform;

public sealed class HclExpressionTests
{
    [Fact]
    public void BinaryOperatorsFollowPrecedence()
    {
        var or = Assert.IsType<HclBinary>(HclParser.ParseExpression("1 + 2 * 3 == 7 || !false"));
        var equal = Assert.IsType<HclBinary>(or.Left);
        var plus = Assert.IsType<HclBinary>(equal.Left);

        Assert.Equal(("||", "==", "+"), (or.Operator, equal.Operator, plus.Operator));
        Assert.Equal("*", Assert.IsType<HclBinary>(plus.Right).Operator);
        Assert.Equal(("!", new HclPosition(1, 19)), (Assert.IsType<HclUnary>(or.Right).Operator, or.Right.Position));
    }

    [Fact]
    public void ConditionalSpanningLinesInsideParentheses()
    {
        var parenthesized = Assert.IsType<HclParenthesized>(HclParser.ParseExpression("(\n  var.env == \"prod\"\n  ? \"us-east-1\"\n  : \"eu-west-1\"\n)"));
        var conditional = Assert.IsType<HclConditional>(parenthesized.Inner);

        Assert.Equal(new HclPosition(2, 3), conditional.Position);
        Assert.Equal(new HclLiteral(HclLiteralKind.String, "us-east-1", new(3, 5)), conditional.WhenTrue);
        Assert.Equal(new HclLiteral(HclLiteralKind.String, "eu-west-1", new(4, 5)), conditional.WhenFalse);
    }

    [Fact]
    public void FunctionCallsWithExpansionAndProviderFunctions()
    {
        var lookup = Assert.IsType<HclFunctionCall>(HclParser.ParseExpression("lookup(var.regions, \"primary\", null)"));
        var concat = Assert.IsType<HclFunctionCall>(HclParser.ParseExpression("concat(\n  local.a,\n  local.b...\n)"));
        var provider = Assert.IsType<HclFunctionCall>(HclParser.ParseExpression("provider::aws::arn_parse(var.arn)"));

        Assert.Equal(("lookup", 3, false), (lookup.Name, lookup.Arguments.Count, lookup.ExpandFinal));
        Assert.Equal(("concat", 2, true), (concat.Name, concat.Arguments.Count, concat.ExpandFinal));
        Assert.Equal("provider::aws::arn_parse", provider.Name);
    }

    [Fact]
    public void ForExpressionsForTuplesAndObjects()
    {
        var tuple = Assert.IsType<HclFor>(HclParser.ParseExpression("[for r in var.replicas : upper(r) if r != \"\"]"));
        var obj = Assert.IsType<HclFor>(HclParser.ParseExpression("{\n  for k, v in var.m : v.region => k...\n}"));

        Assert.Equal((null, "r", false), (tuple.KeyVariable, tuple.ValueVariable, tuple.Grouping));
        Assert.IsType<HclFunctionCall>(tuple.ValueExpression);
        Assert.IsType<HclBinary>(tuple.Condition);
        Assert.Equal(("k", "v", true, null), (obj.KeyVariable, obj.ValueVariable, obj.Grouping, obj.Condition));
        Assert.Equal("v.region", Assert.IsType<HclTraversal>(obj.KeyExpression).DottedName);
    }

    [Fact]
    public void SplatsCollectTheStepsAppliedToEachElement()
    {
        var full = Assert.IsType<HclSplat>(HclParser.ParseExpression("aws_instance.web[*].network_interface[0].id"));
        var attributeOnly = Assert.IsType<HclSplat>(HclParser.ParseExpression("aws_instance.web.*.id"));

        Assert.True(full.Full);
        Assert.Equal("aws_instance.web", Assert.IsType<HclTraversal>(full.Source).DottedName);
        Assert.Equal(3, full.Each.Count);
        Assert.IsType<HclIndexStep>(full.Each[1]);
        Assert.False(attributeOnly.Full);
        Assert.Equal("id", Assert.IsType<HclAttributeStep>(Assert.Single(attributeOnly.Each)).Name);
    }

    [Fact]
    public void IndexesExtendTraversalsAndOtherExpressionsGetRelativeTraversals()
    {
        var traversal = Assert.IsType<HclTraversal>(HclParser.ParseExpression("module.m.out[\"eu\"].zones.0"));
        var relative = Assert.IsType<HclRelativeTraversal>(HclParser.ParseExpression("element(var.l, 1)[0].name"));

        Assert.Equal(["m", "out", "[eu]", "zones", "[0]"], traversal.Steps.Select(s => s is HclAttributeStep a ? a.Name : $"[{HclValues.TryString(((HclIndexStep)s).Key)}]"));
        Assert.Null(traversal.DottedName);
        Assert.IsType<HclFunctionCall>(relative.Source);
        Assert.Equal(2, relative.Steps.Count);
    }

    [Fact]
    public void ObjectsAcceptEqualsColonsCommasNewlinesAndExpressionKeys()
    {
        var obj = Assert.IsType<HclObject>(HclParser.ParseExpression("{\n  a = 1, b: 2\n  \"c\" = [\n    3,\n  ]\n  (var.k) = 4\n}"));

        Assert.Equal(["a", "b", "c", null], obj.Items.Select(i => HclValues.TryString(i.Key)));
        Assert.IsType<HclParenthesized>(obj.Items[3].Key);
        Assert.Equal(new HclPosition(6, 3), obj.Items[3].Position);
        Assert.Single(Assert.IsType<HclTuple>(obj.Items[2].Value).Items);
    }

    [Fact]
    public void NegativeNumbersAndNull()
    {
        var negative = Assert.IsType<HclUnary>(HclParser.ParseExpression("-1.5"));

        Assert.Equal(new HclLiteral(HclLiteralKind.Number, "1.5", new(1, 2)), negative.Operand);
        Assert.Equal(HclLiteralKind.Null, Assert.IsType<HclLiteral>(HclParser.ParseExpression("null")).Kind);
    }
}
