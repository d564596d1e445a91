using RegionLens.Core.Classification;
using RegionLens.Core.Redaction;
using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Infrastructure.Deployment;

/// <summary>
/// Decides which deployment values are dependencies. Whether a value names an endpoint is
/// <see cref="EndpointShape"/>'s rule, shared with the Dockerfile, Terraform, ARM and Bicep readers; what is added here
/// is the deployment files' own habit of writing connection strings, and masking the secrets they carry.
/// </summary>
internal static class DeploymentValues
{
    // The variables the AWS and Azure tooling read a region from.
    private static readonly HashSet<string> RegionVariables = new(StringComparer.OrdinalIgnoreCase)
    {
        "AWS_REGION", "AWS_DEFAULT_REGION", "AZURE_REGION",
    };

    /// <summary>
    /// The text to report when <paramref name="value"/> is an endpoint (a URL, host, IP address or connection string
    /// naming one), with any password or signature in it masked; null when it is not one.
    /// </summary>
    public static string? Endpoint(string value)
    {
        if (value.Length == 0 || value != value.Trim())
        {
            return null;
        }

        if (EndpointShape.IsEndpoint(value))
        {
            return SecretRedactor.Redact(value);
        }

        // "Server=orders.abc.rds.amazonaws.com;Password=…" or "cache.example.com:6379,ssl=true" name hosts too.
        var targets = ConnectionStringParser.Parse(value);
        return targets is not null && targets.Any(target => Endpoint(target.Host) is not null) ? SecretRedactor.Redact(value) : null;
    }

    /// <summary>True when <paramref name="value"/> is an IP address other than loopback or the unspecified address.</summary>
    public static bool IsAddress(string value) =>
        value == value.Trim()
        && EndpointClassifier.Classify(value, AwsRegionCatalogue.Instance) is { IsIpAddress: true, Scope: not EndpointScope.Loopback };

    /// <summary>
    /// True when <paramref name="value"/> is a region: an AWS region code (known, or shaped like one so that an unknown
    /// code is still reported, as DOMAIN §3.3 wants) under any name; an Azure or Google Cloud region name only under a
    /// name that says region or location, since words like <c>global</c> or <c>centralus</c> are not distinctive alone.
    /// </summary>
    public static bool IsRegion(string name, string value) =>
        AwsRegionCatalogue.Instance.IsKnown(value)
        || EndpointClassifier.LooksLikeRegionCode(value)
        || (NamesRegion(name) && (EndpointClassifier.AzureRegionNames.Contains(value) || EndpointClassifier.GcpRegionNames.Contains(value)));

    /// <summary><c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c>, <c>AZURE_REGION</c>, and keys such as <c>region</c>,
    /// <c>awsRegion</c>, <c>AWS__Region</c> or <c>location</c>.</summary>
    public static bool NamesRegion(string name) =>
        RegionVariables.Contains(name)
        || name.EndsWith("region", StringComparison.OrdinalIgnoreCase)
        || name.Equals("location", StringComparison.OrdinalIgnoreCase);
}
