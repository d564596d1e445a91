using RegionLens.Core.Model;

namespace RegionLens.Scanner.Configuration.CloudFormation;

/// <summary>An environment variable a Lambda function is given by the template.</summary>
/// <param name="Owner">The function's logical id, or <c>Globals</c> for SAM's <c>Globals.Function</c>, which every function inherits.</param>
/// <param name="Value">The value where the template tells it; null for resource attributes and other unknowns.</param>
/// <param name="Location">Where the value is written.</param>
public sealed record FunctionVariable(string Owner, string Name, CfnValue? Value, SourceLocation Location);

/// <summary>
/// Reads <c>Environment.Variables</c> of SAM's <c>Globals.Function</c>, <c>AWS::Serverless::Function</c> and
/// <c>AWS::Lambda::Function</c> (same shape), so deployed Region settings join the code's configuration keys.
/// </summary>
public static class FunctionEnvironments
{
    public static IReadOnlyList<FunctionVariable> Read(CloudFormationTemplate template)
    {
        var found = Variables("Globals", template.Globals?.Find("Function", "Environment", "Variables"), template).ToList();
        foreach (var function in template.Resources.Values.Where(r => r.Type is "AWS::Serverless::Function" or "AWS::Lambda::Function"))
        {
            found.AddRange(Variables(function.LogicalId, function.Properties?.Find("Environment", "Variables"), template));
        }

        return found;
    }

    private static IEnumerable<FunctionVariable> Variables(string owner, CfnNode? variables, CloudFormationTemplate template) =>
        (variables as CfnMapping)?.Properties.Select(v => new FunctionVariable(owner, v.Name, CloudFormationValues.Resolve(v.Value, template), v.Value.Location)) ?? [];
}
