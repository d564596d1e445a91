namespace Shared.Data;

// bound to the "AWS" section of each service's appsettings.json: the regions to use, in order of preference
public sealed class AwsRegionOptions
{
    public List<string> Regions { get; set; } = [];
}
