using RegionLens.Core.Model;
using RegionLens.Scanner.Configuration.Terraform;

namespace RegionLens.Scanner.Infrastructure.Terraform;

/// <summary>An expression of the module and the file it is written in, or a value handed in by a calling module.</summary>
internal sealed record ScopedExpression(HclExpression? Expression, string Path, IacValue? Given = null);

/// <summary>
/// Evaluates expressions to <see cref="IacValue"/>s located at the literal that gives them: a region that comes
/// through <c>var.region</c> is located at the variable's default or at its <c>.tfvars</c> value. Unknown parts of a
/// template are written <c>{var.name}</c> and make the value unresolved. Like <see cref="HclScope"/>, but every
/// expression remembers its file, since a module's variables, locals and resources are spread over several.
/// </summary>
internal sealed class TerraformValues(Dictionary<string, ScopedExpression> scope, Dictionary<string, ScopedExpression> providerRegions)
{
    // Locals can refer to each other in a cycle; Terraform rejects that, and here it must not recurse forever.
    private const int MaxDepth = 32;

    // Stepping into a reference resolves references again (local.a.x where local.a is local.a.x); bounded as a whole.
    private int _nestedLookups;

    /// <summary>The region of a provider configuration (<c>aws</c>, <c>aws.west</c>), when it is written.</summary>
    public IacValue? ProviderRegion(string provider) =>
        providerRegions.TryGetValue(provider, out var region) ? Of(region, 0) : null;

    public IacValue? Value(HclExpression? expression, string path) => Value(expression, path, 0);

    /// <summary>The items of a tuple (possibly behind references) that are strings; null when it is not a tuple.</summary>
    public IReadOnlyList<IacValue>? Values(HclExpression? expression, string path)
    {
        if (Resolve(expression, path) is not ({ Expression: HclTuple tuple } where))
        {
            return null;
        }

        return [.. tuple.Items.Select(item => Value(item, where.Path, 1)).OfType<IacValue>()];
    }

    /// <summary>Follows parentheses and known references to the expression they stand for, and its file.</summary>
    public ScopedExpression? Resolve(HclExpression? expression, string path)
    {
        var current = new ScopedExpression(expression, path);
        for (var depth = 0; depth <= MaxDepth && current.Expression is not null; depth++)
        {
            switch (current.Expression)
            {
                case HclParenthesized parenthesized:
                    current = current with { Expression = parenthesized.Inner };
                    break;
                case HclTemplate { Parts: [HclTemplateInterpolation only] }:
                    current = current with { Expression = only.Expression };
                    break;
                case HclTraversal traversal:
                    if (Find(traversal, current.Path, depth) is not { } found)
                    {
                        return current;
                    }

                    current = found;
                    if (found.Given is not null)
                    {
                        return found;
                    }

                    break;
                default:
                    return current;
            }
        }

        return current.Expression is null ? null : current;
    }

    public SourceLocation Location(string path, HclPosition position) => new(path, position.Line, position.Column);

    private IacValue? Of(ScopedExpression scoped, int depth) => scoped.Given ?? Value(scoped.Expression, scoped.Path, depth + 1);

    private IacValue? Value(HclExpression? expression, string path, int depth)
    {
        if (expression is null)
        {
            return null;
        }

        if (depth > MaxDepth)
        {
            return Unknown(expression, path);
        }

        switch (expression)
        {
            case HclLiteral { Kind: HclLiteralKind.Null }:
                return null;
            case HclLiteral literal:
                return new IacValue(literal.Text, Location(path, literal.Position));
            case HclParenthesized parenthesized:
                return Value(parenthesized.Inner, path, depth + 1);
            case HclTraversal traversal:
                return Find(traversal, path, depth) is { } found ? Of(found, depth) : Unknown(traversal, path);
            case HclTemplate { Parts: [HclTemplateInterpolation only] }:
                return Value(only.Expression, path, depth + 1);
            case HclTemplate template:
                return Concatenate(template, path, depth);
            case HclFunctionCall { Name: "lower" or "upper" or "trimspace", Arguments: [var argument] } call:
                return Value(argument, path, depth + 1) is { } inner ? inner with { Text = Apply(call.Name, inner.Text) } : null;
            case HclTuple or HclObject or HclFor:
                return null;
            default:
                return Unknown(expression, path);
        }
    }

    private static string Apply(string function, string text) => function switch
    {
        "lower" => text.ToLowerInvariant(),
        "upper" => text.ToUpperInvariant(),
        _ => text.Trim(),
    };

    private IacValue Concatenate(HclTemplate template, string path, int depth)
    {
        var text = new System.Text.StringBuilder();
        var resolved = true;
        foreach (var part in template.Parts)
        {
            var value = part switch
            {
                HclTemplateText literal => new IacValue(literal.Text, Location(path, literal.Position)),
                HclTemplateInterpolation interpolation => Value(interpolation.Expression, path, depth + 1) ?? Unknown(interpolation.Expression, path),
                HclTemplateDirective directive => new IacValue("{" + directive.Source + "}", Location(path, directive.Position), false),
                _ => null,
            };
            text.Append(value?.Text);
            resolved &= value?.IsResolved == true;
        }

        return new IacValue(text.ToString(), Location(path, template.Position), resolved);
    }

    private IacValue Unknown(HclExpression expression, string path) =>
        new("{" + Describe(expression) + "}", Location(path, expression.Position), false);

    /// <summary>How an unknown part is written in a value: <c>var.region</c>, <c>aws_lb.main.dns_name</c>, <c>lookup(…)</c>.</summary>
    public static string Describe(HclExpression expression) => expression switch
    {
        HclTraversal traversal => traversal.Root + string.Concat(traversal.Steps.Select(s => s switch
        {
            HclAttributeStep attribute => "." + attribute.Name,
            HclIndexStep { Key: HclLiteral key } => $"[{key.Text}]",
            _ => "[…]",
        })),
        HclFunctionCall call => call.Name + "(…)",
        HclParenthesized parenthesized => Describe(parenthesized.Inner),
        _ => "…",
    };

    /// <summary>The expression a reference names, or null when it is unknown (a resource attribute, an unset variable).</summary>
    private ScopedExpression? Find(HclTraversal traversal, string path, int depth)
    {
        if (_nestedLookups >= MaxDepth)
        {
            return null;
        }

        _nestedLookups++;
        try
        {
            return FindSteps(traversal, path, depth);
        }
        finally
        {
            _nestedLookups--;
        }
    }

    private ScopedExpression? FindSteps(HclTraversal traversal, string path, int depth)
    {
        if (traversal is { Root: "data", Steps: [HclAttributeStep { Name: "aws_region" }, HclAttributeStep, HclAttributeStep { Name: "name" or "region" or "id" }] })
        {
            var name = ((HclAttributeStep)traversal.Steps[1]).Name;
            var provider = scope.TryGetValue("data.aws_region." + name + ".provider", out var p) && p.Given is { } given ? given.Text : "aws";
            return providerRegions.TryGetValue(provider, out var region) ? region : null;
        }

        var key = traversal.Root;
        var used = 0;
        var value = scope.GetValueOrDefault(key);
        for (var i = 0; i < traversal.Steps.Count && traversal.Steps[i] is HclAttributeStep step; i++)
        {
            key += "." + step.Name;
            if (scope.TryGetValue(key, out var longer))
            {
                value = longer;
                used = i + 1;
            }
        }

        foreach (var step in traversal.Steps.Skip(used))
        {
            if (value is null || value.Given is not null)
            {
                return null;
            }

            value = Into(value, step, path, depth);
        }

        return value;
    }

    private ScopedExpression? Into(ScopedExpression value, HclTraversalStep step, string path, int depth)
    {
        var inner = Resolve(value.Expression, value.Path);
        var stepKey = step switch
        {
            HclAttributeStep attribute => attribute.Name,
            HclIndexStep index => Value(index.Key, path, depth + 1) is { IsResolved: true } key ? key.Text : null,
            _ => null,
        };
        HclExpression? found = (inner?.Expression, stepKey) switch
        {
            (_, null) => null,
            (HclTuple tuple, _) => int.TryParse(stepKey, out var i) && i >= 0 && i < tuple.Items.Count ? tuple.Items[i] : null,
            (HclObject obj, _) => obj.Items.LastOrDefault(item => Value(item.Key, inner!.Path, depth + 1)?.Text == stepKey)?.Value,
            _ => null,
        };
        return found is null ? null : new ScopedExpression(found, inner!.Path);
    }
}
