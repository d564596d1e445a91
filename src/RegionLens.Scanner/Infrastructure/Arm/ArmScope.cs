using RegionLens.Scanner.Configuration.CloudFormation;

namespace RegionLens.Scanner.Infrastructure.Arm;

/// <summary>
/// The parameters' defaults and variables of one template, evaluated on demand. A value that refers to itself,
/// directly or through others, stays unknown instead of recursing.
/// </summary>
internal sealed class ArmScope(CfnMapping root)
{
    private readonly HashSet<string> _evaluating = new(StringComparer.OrdinalIgnoreCase);

    public ArmText Evaluate(string written) => ArmExpression.Evaluate(written, Parameter, Variable);

    private ArmText? Parameter(string name) =>
        Lookup("parameters:" + name, () => (Find(root["parameters"], name) as CfnMapping)?["defaultValue"]);

    private ArmText? Variable(string name) => Lookup("variables:" + name, () => Find(root["variables"], name));

    private ArmText? Lookup(string key, Func<CfnNode?> node)
    {
        if (node() is not CfnScalar scalar || !_evaluating.Add(key))
        {
            return null;
        }

        try
        {
            return Evaluate(scalar.Value);
        }
        finally
        {
            _evaluating.Remove(key);
        }
    }

    /// <summary>ARM names are case-insensitive: <c>parameters('Location')</c> finds <c>location</c>.</summary>
    private static CfnNode? Find(CfnNode? section, string name) =>
        (section as CfnMapping)?.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;
}
