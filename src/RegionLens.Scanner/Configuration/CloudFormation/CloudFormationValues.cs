using System.Globalization;
using System.Text.RegularExpressions;
using RegionLens.Core.Classification;

namespace RegionLens.Scanner.Configuration.CloudFormation;

/// <summary>
/// Resolves property nodes to the values they take where the template alone tells: literals, parameters' defaults,
/// pseudo parameters as placeholders, <c>Fn::Sub</c>, <c>Fn::FindInMap</c> with known keys, <c>Fn::Join</c>,
/// <c>Fn::Select</c> and <c>Fn::Split</c> of known values, and <c>Fn::If</c>: the branch its condition picks, or both
/// alternatives when the condition depends on the stack (<see cref="ConditionEvaluator"/>). Anything else (resource
/// attributes, imports) is unknown: null.
/// </summary>
public static partial class CloudFormationValues
{
    /// <summary>The single value of <paramref name="node"/>, or null when it is unknown or a list.</summary>
    public static CfnValue? Resolve(CfnNode? node, CloudFormationTemplate template) =>
        node is CfnSequence ? null : ResolveAll(node, template) is [var single] ? single : null;

    /// <summary>The values of a list (a sequence or <c>Fn::Split</c>), or one value; null when any part is unknown.</summary>
    public static IReadOnlyList<CfnValue>? ResolveAll(CfnNode? node, CloudFormationTemplate template) => node switch
    {
        CfnScalar scalar => [new CfnValue(scalar.Value)],
        CfnSequence sequence => AllOrNothing(sequence.Items.Select(item => Resolve(item, template))),
        CfnMapping { Intrinsic: var (function, argument) } => Function(function, argument, template),
        _ => null,
    };

    private static IReadOnlyList<CfnValue>? Function(string function, CfnNode argument, CloudFormationTemplate template)
    {
        if (function == "Fn::If")
        {
            return If(argument, template);
        }

        var single = function switch
        {
            "Ref" => Reference((argument as CfnScalar)?.Value, template),
            "Fn::Sub" => Substitute(argument, template),
            "Fn::FindInMap" => FindInMap(argument, template),
            "Fn::Join" => Join(argument, template),
            "Fn::Select" => Select(argument, template),
            _ => null,
        };
        if (single is not null)
        {
            return [single];
        }

        return function == "Fn::Split" && argument is CfnSequence { Items: [CfnScalar delimiter, var source] } && Resolve(source, template) is { } text
            ? [.. text.Text.Split(delimiter.Value).Select(part => new CfnValue(part))]
            : null;
    }

    /// <summary>A parameter's default, or a pseudo parameter's placeholder; resources' ids are unknown values.</summary>
    private static CfnValue? Reference(string? name, CloudFormationTemplate template)
    {
        if (name is null)
        {
            return null;
        }

        if (name.StartsWith("AWS::", StringComparison.Ordinal))
        {
            return name == "AWS::NoValue" ? null : new CfnValue("{" + name + "}");
        }

        return template.Parameters.TryGetValue(name, out var parameter) && parameter.Default is { } value ? new CfnValue(value.Value) : null;
    }

    private static CfnValue? Substitute(CfnNode argument, CloudFormationTemplate template)
    {
        var (text, variables) = argument switch
        {
            CfnScalar scalar => (scalar.Value, null),
            CfnSequence { Items: [CfnScalar scalar, CfnMapping map] } => (scalar.Value, map),
            _ => ((string?)null, (CfnMapping?)null),
        };
        if (text is null)
        {
            return null;
        }

        var known = true;
        var result = SubVariable().Replace(text, match =>
        {
            var name = match.Groups["name"].Value;
            if (name.StartsWith('!'))
            {
                // ${!Literal} is written to escape the substitution: it stands for the text ${Literal}.
                return "${" + name[1..] + "}";
            }

            var value = variables?[name] is { } given ? Resolve(given, template) : Reference(name, template);
            known &= value is not null;
            return value?.Text ?? string.Empty;
        });
        return known ? new CfnValue(result) : null;
    }

    private static CfnValue? FindInMap(CfnNode argument, CloudFormationTemplate template)
    {
        if (argument is not CfnSequence { Items: [var mapName, var topKey, var secondKey, ..] })
        {
            return null;
        }

        var keys = new[] { mapName, topKey, secondKey }.Select(key => Resolve(key, template)).ToList();
        if (keys.Any(key => key is null || !key.IsLiteral))
        {
            return null;
        }

        var map = template.Mappings?[keys[0]!.Text] as CfnMapping;
        var second = (map?[keys[1]!.Text] as CfnMapping)?[keys[2]!.Text];
        return Resolve(second, template);
    }

    /// <summary>
    /// The chosen branch's values; with the condition unknown, both alternatives, since either may be deployed. An
    /// unknown alternative makes the whole value unknown, so callers still find the literals inside it.
    /// </summary>
    private static IReadOnlyList<CfnValue>? If(CfnNode argument, CloudFormationTemplate template)
    {
        if (argument is not CfnSequence { Items: [CfnScalar condition, var whenTrue, var whenFalse] })
        {
            return null;
        }

        return ConditionEvaluator.Evaluate(condition.Value, template) switch
        {
            true => ResolveAll(whenTrue, template),
            false => ResolveAll(whenFalse, template),
            null => ResolveAll(whenTrue, template) is { } first && ResolveAll(whenFalse, template) is { } second ? [.. first, .. second] : null,
        };
    }

    private static CfnValue? Join(CfnNode argument, CloudFormationTemplate template) =>
        argument is CfnSequence { Items: [CfnScalar delimiter, var list] } && ResolveAll(list, template) is { } parts
            ? new CfnValue(string.Join(delimiter.Value, parts.Select(part => part.Text)))
            : null;

    private static CfnValue? Select(CfnNode argument, CloudFormationTemplate template) =>
        argument is CfnSequence { Items: [CfnScalar index, var list] }
        && int.TryParse(index.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var at)
        && ResolveAll(list, template) is { } values && at < values.Count
            ? values[at]
            : null;

    private static List<CfnValue>? AllOrNothing(IEnumerable<CfnValue?> values)
    {
        var all = new List<CfnValue>();
        foreach (var value in values)
        {
            if (value is null)
            {
                return null;
            }

            all.Add(value);
        }

        return all;
    }

    [GeneratedRegex(@"\$\{(?<name>[^}]+)\}", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex SubVariable();
}
