namespace RegionLens.Scanner.Configuration.CloudFormation;

/// <summary>
/// A value a template gives once deployed, as far as the template alone tells. Pseudo parameters stay as
/// placeholders (<c>{AWS::Region}</c>) because they depend on the stack, not the template:
/// <c>dynamodb.{AWS::Region}.amazonaws.com</c> is regional wherever it is deployed.
/// </summary>
public sealed record CfnValue(string Text)
{
    public const string DeployRegionPlaceholder = "{AWS::Region}";

    /// <summary><c>!Ref AWS::Region</c>: whichever Region the stack is deployed to.</summary>
    public static CfnValue DeployRegion { get; } = new(DeployRegionPlaceholder);

    public bool IsDeployRegion => Text == DeployRegionPlaceholder;

    /// <summary>True when no pseudo parameter is left in the text.</summary>
    public bool IsLiteral => !Text.Contains("{AWS::", StringComparison.Ordinal);

    public override string ToString() => Text;
}
