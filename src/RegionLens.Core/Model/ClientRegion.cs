using System.Collections.Generic;

namespace RegionLens.Core.Model;

/// <summary>Where an SDK client's region comes from.</summary>
public enum RegionSource
{
    /// <summary>A <c>RegionEndpoint</c> given in code, directly or through the client's config.</summary>
    Explicit,

    /// <summary>A <c>ServiceURL</c> that overrides the region for routing.</summary>
    ServiceUrl,

    /// <summary>A configuration key read in code (<c>GetBySystemName(config["Aws:Region"])</c>).</summary>
    Configuration,

    /// <summary><c>AWSOptions</c>: <c>CreateServiceClient&lt;T&gt;()</c> or <c>AddAWSService&lt;T&gt;()</c>, whose region
    /// comes from the options (usually the <c>"AWS"</c> section).</summary>
    AwsOptions,

    /// <summary>Nothing in code: the SDK decides at run time (<c>AWS_REGION</c>, the profile, instance metadata).</summary>
    Runtime,
}

/// <summary>The region an SDK client will use (issue 3, part 4): the client, where its region comes from, the values
/// known statically (region codes, a service URL, or a configuration key), and where the client is created.</summary>
public sealed class ClientRegion
{
    public ClientRegion(string client, RegionSource source, IReadOnlyList<string> values, IReadOnlyList<SourceLocation> locations, Confidence confidence)
    {
        Client = client;
        Source = source;
        Values = values;
        Locations = locations;
        Confidence = confidence;
    }

    /// <summary>The client type, e.g. <c>AmazonDynamoDBClient</c> or <c>IAmazonS3</c>.</summary>
    public string Client { get; }

    public RegionSource Source { get; }

    /// <summary>Region codes, a service URL, or <c>config:KEY</c>; empty when the source is <see cref="RegionSource.Runtime"/>
    /// or <see cref="RegionSource.AwsOptions"/> without a visible section.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>Where the client is created (or registered), then where its region is written.</summary>
    public IReadOnlyList<SourceLocation> Locations { get; }

    public Confidence Confidence { get; }
}
