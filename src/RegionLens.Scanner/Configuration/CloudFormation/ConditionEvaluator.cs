namespace RegionLens.Scanner.Configuration.CloudFormation;

/// <summary>
/// Evaluates a template's <c>Conditions</c> (<c>Fn::Equals</c>, <c>Fn::And</c>, <c>Fn::Or</c>, <c>Fn::Not</c>,
/// <c>Condition</c>) from parameters' defaults. A condition that depends on the stack (<c>AWS::Region</c>, a
/// parameter with no default, an import) is unknown: null, so callers keep every alternative instead of guessing.
/// </summary>
public static class ConditionEvaluator
{
    /// <summary>The value of the named condition; null when it is unknown or not defined.</summary>
    public static bool? Evaluate(string name, CloudFormationTemplate template) => Named(name, template, []);

    /// <summary>False only for a resource whose <c>Condition</c> is known to be false: such a resource is never created.</summary>
    public static bool MayExist(CfnResource resource, CloudFormationTemplate template) =>
        resource.Condition is not { } name || Evaluate(name, template) != false;

    private static bool? Named(string name, CloudFormationTemplate template, HashSet<string> visiting)
    {
        // A condition that refers back to itself is invalid; it stays unknown rather than recursing forever.
        if (!visiting.Add(name) || template.Conditions?[name] is not { } definition)
        {
            return null;
        }

        var value = Node(definition, template, visiting);
        visiting.Remove(name);
        return value;
    }

    private static bool? Node(CfnNode node, CloudFormationTemplate template, HashSet<string> visiting)
    {
        if (node is not CfnMapping { Intrinsic: var (function, argument) })
        {
            return null;
        }

        var operands = (argument as CfnSequence)?.Items ?? [];
        return function switch
        {
            "Condition" => argument is CfnScalar { Value: var name } ? Named(name, template, visiting) : null,
            "Fn::Equals" => operands is [var left, var right] ? Equal(left, right, template) : null,
            "Fn::Not" => operands is [var single] ? !Node(single, template, visiting) : null,
            "Fn::And" => All(operands.Select(o => Node(o, template, visiting)).ToList()),
            "Fn::Or" => !All(operands.Select(o => !Node(o, template, visiting)).ToList()),
            _ => null,
        };
    }

    private static bool? Equal(CfnNode left, CfnNode right, CloudFormationTemplate template) =>
        CloudFormationValues.Resolve(left, template) is { IsLiteral: true } a && CloudFormationValues.Resolve(right, template) is { IsLiteral: true } b
            ? a.Text == b.Text
            : null;

    /// <summary>Three-valued and: any false is false, otherwise any unknown is unknown.</summary>
    private static bool? All(List<bool?> values) =>
        values.Count == 0 ? null : values.Contains(false) ? false : values.Contains(null) ? null : true;
}
