namespace RegionLens.Core.Classification;

/// <summary>One cloud region as the provider's own catalogue names it.</summary>
public sealed class RegionInfo
{
    public RegionInfo(string provider, string code, string partition, string? sdkFieldName, string? displayName)
    {
        Provider = provider;
        Code = code;
        Partition = partition;
        SdkFieldName = sdkFieldName;
        DisplayName = displayName;
    }

    /// <summary><c>aws</c>, <c>azure</c> or <c>gcp</c>.</summary>
    public string Provider { get; }

    /// <summary>The system name, e.g. <c>us-east-1</c>.</summary>
    public string Code { get; }

    /// <summary>The provider partition, e.g. <c>aws</c>, <c>aws-cn</c>, <c>aws-us-gov</c>.</summary>
    public string Partition { get; }

    /// <summary>The SDK's static field for this region, e.g. <c>USEast1</c> for <c>Amazon.RegionEndpoint.USEast1</c>.</summary>
    public string? SdkFieldName { get; }

    public string? DisplayName { get; }
}
