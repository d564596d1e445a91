using System.Text;

namespace RegionLens.Core.Classification;

/// <summary>What <see cref="EndpointClassifier"/> learned from one URL, host or IP address.</summary>
public sealed class EndpointClassification
{
    public EndpointClassification(
        string host,
        string provider,
        EndpointScope scope,
        string? service = null,
        string? region = null,
        string? homeRegion = null,
        string? partition = null,
        string? zone = null,
        bool fips = false,
        bool dualStack = false,
        bool isIpAddress = false,
        string? note = null)
    {
        Host = host;
        Provider = provider;
        Scope = scope;
        Service = service;
        Region = region;
        HomeRegion = homeRegion;
        Partition = partition;
        Zone = zone;
        Fips = fips;
        DualStack = dualStack;
        IsIpAddress = isIpAddress;
        Note = note;
    }

    /// <summary>The lower-cased host alone: no scheme, userinfo, port or path; IPv6 without brackets.</summary>
    public string Host { get; }

    /// <summary><c>aws</c>, <c>azure</c>, <c>gcp</c> or <c>other</c>.</summary>
    public string Provider { get; }

    /// <summary>The provider's service, e.g. <c>dynamodb</c>, <c>s3</c>, <c>execute-api</c>, <c>documents</c> (Cosmos DB).</summary>
    public string? Service { get; }

    /// <summary>The region token, only when the provider's catalogue knows it; never guessed.</summary>
    public string? Region { get; }

    /// <summary>For <see cref="EndpointScope.GlobalHomed"/>: the region the global endpoint really lives in.</summary>
    public string? HomeRegion { get; }

    /// <summary>The AWS partition (<c>aws</c>, <c>aws-cn</c>, <c>aws-us-gov</c>, ...) when it is known.</summary>
    public string? Partition { get; }

    /// <summary>The availability zone of a zonal name such as <c>us-west-2a.my-lb.elb.us-west-2.amazonaws.com</c>.</summary>
    public string? Zone { get; }

    public bool Fips { get; }

    public bool DualStack { get; }

    public EndpointScope Scope { get; }

    public bool IsIpAddress { get; }

    /// <summary>Why a value is missing or what is special about the endpoint, e.g. <c>unknown region 'us-east-9'</c>.</summary>
    public string? Note { get; }

    /// <summary>A compact form for logs and test failure messages.</summary>
    public override string ToString()
    {
        var text = new StringBuilder()
            .Append(Host).Append(" [").Append(Provider).Append(' ').Append(Scope);
        Append(text, "service", Service);
        Append(text, "region", Region);
        Append(text, "home", HomeRegion);
        Append(text, "partition", Partition);
        Append(text, "zone", Zone);
        if (Fips)
        {
            text.Append(" fips");
        }

        if (DualStack)
        {
            text.Append(" dualstack");
        }

        Append(text, "note", Note);
        return text.Append(']').ToString();
    }

    private static void Append(StringBuilder text, string name, string? value)
    {
        if (value is not null)
        {
            text.Append(' ').Append(name).Append('=').Append(value);
        }
    }
}
