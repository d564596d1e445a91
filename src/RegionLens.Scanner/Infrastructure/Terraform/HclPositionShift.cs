using RegionLens.Scanner.Configuration.Terraform;

namespace RegionLens.Scanner.Infrastructure.Terraform;

/// <summary>Moves every position in an expression tree, for expressions parsed out of a larger text (a JSON string).</summary>
internal static class HclPositionShift
{
    public static HclExpression Apply(HclExpression expression, Func<HclPosition, HclPosition> move)
    {
        HclExpression E(HclExpression e) => Apply(e, move);
        IReadOnlyList<HclTraversalStep> S(IReadOnlyList<HclTraversalStep> steps) => [.. steps.Select(s => Step(s, move))];
        var at = move(expression.Position);
        return expression switch
        {
            HclLiteral literal => literal with { Position = at },
            HclTemplate template => new HclTemplate([.. template.Parts.Select(p => Part(p, move))], at),
            HclTraversal traversal => new HclTraversal(traversal.Root, S(traversal.Steps), at),
            HclRelativeTraversal relative => new HclRelativeTraversal(E(relative.Source), S(relative.Steps), at),
            HclSplat splat => new HclSplat(E(splat.Source), splat.Full, S(splat.Each), at),
            HclFunctionCall call => new HclFunctionCall(call.Name, [.. call.Arguments.Select(E)], call.ExpandFinal, at),
            HclTuple tuple => new HclTuple([.. tuple.Items.Select(E)], at),
            HclObject obj => new HclObject([.. obj.Items.Select(i => new HclObjectItem(E(i.Key), E(i.Value), move(i.Position)))], at),
            HclConditional c => new HclConditional(E(c.Condition), E(c.WhenTrue), E(c.WhenFalse), at),
            HclBinary b => new HclBinary(b.Operator, E(b.Left), E(b.Right), at),
            HclUnary u => new HclUnary(u.Operator, E(u.Operand), at),
            HclParenthesized p => new HclParenthesized(E(p.Inner), at),
            HclFor f => new HclFor(
                f.KeyVariable,
                f.ValueVariable,
                E(f.Collection),
                f.KeyExpression is null ? null : E(f.KeyExpression),
                E(f.ValueExpression),
                f.Grouping,
                f.Condition is null ? null : E(f.Condition),
                at),
            _ => expression,
        };
    }

    private static HclTemplatePart Part(HclTemplatePart part, Func<HclPosition, HclPosition> move) => part switch
    {
        HclTemplateText text => text with { Position = move(text.Position) },
        HclTemplateInterpolation interpolation => new HclTemplateInterpolation(Apply(interpolation.Expression, move), move(interpolation.Position)),
        HclTemplateDirective directive => directive with { Position = move(directive.Position) },
        _ => part,
    };

    private static HclTraversalStep Step(HclTraversalStep step, Func<HclPosition, HclPosition> move) => step switch
    {
        HclAttributeStep attribute => attribute with { Position = move(attribute.Position) },
        HclIndexStep index => new HclIndexStep(Apply(index.Key, move), move(index.Position)),
        _ => step,
    };
}
