using RegionLens.Core.Model;

namespace RegionLens.Scanner.Configuration.CloudFormation;

/// <summary>
/// A node of a template, the same whether it was written in YAML or JSON. Short-form intrinsics (<c>!Ref X</c>)
/// become their long form (<c>{"Ref": "X"}</c>), so callers handle one shape.
/// </summary>
public abstract record CfnNode(SourceLocation Location);

/// <summary>A scalar as text: strings as written, numbers and booleans as their literal, null as empty.</summary>
public sealed record CfnScalar(string Value, SourceLocation Location) : CfnNode(Location);

public sealed record CfnSequence(IReadOnlyList<CfnNode> Items, SourceLocation Location) : CfnNode(Location);

/// <summary>One key of a mapping; <see cref="Location"/> is where the key is written.</summary>
public sealed record CfnProperty(string Name, CfnNode Value, SourceLocation Location);

public sealed record CfnMapping(IReadOnlyList<CfnProperty> Properties, SourceLocation Location) : CfnNode(Location)
{
    public CfnNode? this[string name] => Properties.FirstOrDefault(p => p.Name == name)?.Value;

    /// <summary>The node under nested keys (<c>Environment</c>, <c>Variables</c>), or null where one is missing.</summary>
    public CfnNode? Find(params ReadOnlySpan<string> path)
    {
        CfnNode? current = this;
        foreach (var name in path)
        {
            current = (current as CfnMapping)?[name];
        }

        return current;
    }

    /// <summary>The logical id a <c>Ref</c> or <c>Fn::GetAtt</c> names, or null for anything else.</summary>
    public string? ReferencedResource => Intrinsic switch
    {
        ("Ref", CfnScalar { Value: var id }) when !id.StartsWith("AWS::", StringComparison.Ordinal) => id,
        ("Fn::GetAtt", CfnSequence { Items: [CfnScalar { Value: var id }, ..] }) => id,
        ("Fn::GetAtt", CfnScalar { Value: var written }) => written.Split('.')[0],
        _ => null,
    };

    /// <summary>The function of an intrinsic (<c>Ref</c>, <c>Fn::Sub</c>, <c>Condition</c>) with its argument, or null.</summary>
    public (string Function, CfnNode Argument)? Intrinsic =>
        Properties is [{ Name: var name, Value: var argument }] && (name is "Ref" or "Condition" || name.StartsWith("Fn::", StringComparison.Ordinal))
            ? (name, argument)
            : null;
}
