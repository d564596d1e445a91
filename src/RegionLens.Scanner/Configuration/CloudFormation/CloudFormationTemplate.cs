using RegionLens.Core.Model;

namespace RegionLens.Scanner.Configuration.CloudFormation;

/// <summary>A CloudFormation or SAM template. Sections that are missing or not mappings are empty or null.</summary>
/// <param name="Transform">The transforms named (<c>AWS::Serverless-2016-10-31</c>); empty when there is none.</param>
/// <param name="Globals">SAM's <c>Globals</c> section as written.</param>
/// <param name="Conditions">The <c>Conditions</c> section as written, for <see cref="ConditionEvaluator"/>.</param>
public sealed record CloudFormationTemplate(
    string Path,
    IReadOnlyDictionary<string, CfnParameter> Parameters,
    IReadOnlyDictionary<string, CfnResource> Resources,
    CfnMapping? Globals,
    CfnMapping? Mappings,
    IReadOnlyList<string> Transform,
    CfnMapping? Conditions = null);

/// <param name="Location">Where the parameter's name is written.</param>
/// <param name="Default">The <c>Default</c>, with its own position, when it is a scalar.</param>
public sealed record CfnParameter(string Name, string? Type, CfnScalar? Default, SourceLocation Location);

/// <param name="Location">Where the logical id is written.</param>
/// <param name="Properties">The <c>Properties</c> mapping; null when missing or not a mapping.</param>
/// <param name="Condition">The name in the resource's <c>Condition</c>: the resource exists only when it holds.</param>
public sealed record CfnResource(string LogicalId, string Type, CfnMapping? Properties, SourceLocation Location, string? Condition = null);
