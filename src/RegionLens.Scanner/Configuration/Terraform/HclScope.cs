namespace RegionLens.Scanner.Configuration.Terraform;

/// <summary>
/// What <c>var.x</c> and <c>local.y</c> stand for: the expressions, not their values, so a local that names a
/// variable resolves through it whenever that variable is known, whatever the order of declarations.
/// </summary>
public sealed class HclScope
{
    // An index key can name a local whose value indexes by that same local; lookups inside lookups are bounded.
    private const int MaxNestedLookups = 32;

    private readonly Dictionary<string, HclExpression> _values = new(StringComparer.Ordinal);
    private int _nestedLookups;

    /// <summary>Variable defaults as <c>var.name</c> and locals as <c>local.name</c>, from a module's body.</summary>
    public static HclScope FromModule(HclBody body)
    {
        var scope = new HclScope();
        foreach (var variable in body.BlocksOfType("variable").Where(b => b.Labels.Count == 1))
        {
            if (variable.Body.Attribute("default") is { } value)
            {
                scope.Set("var." + variable.Labels[0], value.Expression);
            }
        }

        foreach (var attribute in body.BlocksOfType("locals").SelectMany(b => b.Body.Attributes))
        {
            scope.Set("local." + attribute.Name, attribute.Expression);
        }

        return scope;
    }

    /// <summary>A <c>.tfvars</c> file overrides the defaults of the variables it names.</summary>
    public void SetVariables(HclBody tfvars)
    {
        foreach (var attribute in tfvars.Attributes)
        {
            Set("var." + attribute.Name, attribute.Expression);
        }
    }

    public void Set(string name, HclExpression value) => _values[name] = value;

    public void Set(string name, string value) => Set(name, new HclLiteral(HclLiteralKind.String, value, default));

    /// <summary>
    /// The expression a traversal names: the longest known dotted prefix, then index and attribute steps into
    /// tuple and object literals. Null when any step is unknown.
    /// </summary>
    public HclExpression? Find(HclTraversal traversal)
    {
        if (_nestedLookups >= MaxNestedLookups)
        {
            return null;
        }

        _nestedLookups++;
        try
        {
            return FindSteps(traversal);
        }
        finally
        {
            _nestedLookups--;
        }
    }

    private HclExpression? FindSteps(HclTraversal traversal)
    {
        var name = traversal.Root;
        var used = 0;
        HclExpression? value = _values.GetValueOrDefault(name);
        for (var i = 0; i < traversal.Steps.Count && traversal.Steps[i] is HclAttributeStep step; i++)
        {
            name += "." + step.Name;
            if (_values.TryGetValue(name, out var longer))
            {
                value = longer;
                used = i + 1;
            }
        }

        foreach (var step in traversal.Steps.Skip(used))
        {
            value = value is null ? null : Into(value, step);
        }

        return value;
    }

    private HclExpression? Into(HclExpression value, HclTraversalStep step)
    {
        while (value is HclParenthesized parenthesized)
        {
            value = parenthesized.Inner;
        }

        var key = step switch
        {
            HclAttributeStep attribute => attribute.Name,
            HclIndexStep index => HclValues.TryString(index.Key, this),
            _ => null,
        };
        return (value, key) switch
        {
            (_, null) => null,
            (HclTuple tuple, _) => int.TryParse(key, out var i) && i >= 0 && i < tuple.Items.Count ? tuple.Items[i] : null,
            (HclObject obj, _) => obj.Items.LastOrDefault(item => HclValues.TryString(item.Key, this) == key)?.Value,
            _ => null,
        };
    }
}
