namespace Shared.Data;

public static class AwsDefaults
{
    // one constant, every service: a single region is baked into the whole solution
    public const string PrimaryRegion = "us-east-1";
}
