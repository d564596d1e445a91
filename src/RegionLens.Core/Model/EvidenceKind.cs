namespace RegionLens.Core.Model;

/// <summary>What a piece of evidence names. The JSON names of these are the dependency kinds of PRODUCT.md §4.</summary>
public enum EvidenceKind
{
    /// <summary>A cloud region code such as <c>us-east-1</c>.</summary>
    Region,

    /// <summary>A URL or hostname that something connects to.</summary>
    Endpoint,

    /// <summary>A DNS resolver address.</summary>
    Resolver,

    /// <summary>A bare IP address used as an endpoint.</summary>
    Ip,
}
