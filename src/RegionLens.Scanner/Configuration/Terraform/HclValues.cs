namespace RegionLens.Scanner.Configuration.Terraform;

/// <summary>
/// Evaluates the expressions a region is usually written with: literals, and templates and references whose every
/// part is known. Anything else (function calls, conditionals, resource attributes) is unknown: null.
/// </summary>
public static class HclValues
{
    // Locals can refer to each other in a cycle; Terraform rejects that, and here it must not recurse forever.
    private const int MaxDepth = 32;

    public static string? TryString(HclExpression expression, HclScope? scope = null) =>
        TryString(expression, scope ?? new HclScope(), 0);

    /// <summary>The strings of a tuple (possibly behind a reference) when every item is known; otherwise null.</summary>
    public static IReadOnlyList<string>? TryStrings(HclExpression expression, HclScope? scope = null)
    {
        scope ??= new HclScope();
        if (Resolve(expression, scope, 0) is not HclTuple tuple)
        {
            return null;
        }

        var strings = tuple.Items.Select(item => TryString(item, scope, 1)).ToList();
        return strings.Any(s => s is null) ? null : [.. strings.Select(s => s!)];
    }

    private static string? TryString(HclExpression expression, HclScope scope, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        return Resolve(expression, scope, depth) switch
        {
            HclLiteral { Kind: HclLiteralKind.Null } => null,
            HclLiteral literal => literal.Text,
            HclTemplate template => Concatenate(template, scope, depth),
            _ => null,
        };
    }

    private static string? Concatenate(HclTemplate template, HclScope scope, int depth)
    {
        var text = new System.Text.StringBuilder();
        foreach (var part in template.Parts)
        {
            var value = part switch
            {
                HclTemplateText literal => literal.Text,
                HclTemplateInterpolation interpolation => TryString(interpolation.Expression, scope, depth + 1),
                _ => null,
            };
            if (value is null)
            {
                return null;
            }

            text.Append(value);
        }

        return text.ToString();
    }

    /// <summary>Follows parentheses and known references to the expression they stand for.</summary>
    private static HclExpression? Resolve(HclExpression? expression, HclScope scope, int depth)
    {
        for (; depth <= MaxDepth && expression is not null; depth++)
        {
            switch (expression)
            {
                case HclParenthesized parenthesized:
                    expression = parenthesized.Inner;
                    break;
                case HclTraversal traversal:
                    expression = scope.Find(traversal);
                    break;
                default:
                    return expression;
            }
        }

        return null;
    }
}
