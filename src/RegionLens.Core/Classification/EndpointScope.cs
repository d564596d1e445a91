namespace RegionLens.Core.Classification;

/// <summary>How far the failure domain of an endpoint reaches, judged from its hostname or address alone.</summary>
public enum EndpointScope
{
    /// <summary>The hostname carries a region token (<c>dynamodb.us-east-1.amazonaws.com</c>).</summary>
    Regional,

    /// <summary>A "global" endpoint whose control plane or sole endpoint lives in one region
    /// (<c>sts.amazonaws.com</c> → us-east-1); see <see cref="EndpointClassification.HomeRegion"/>.</summary>
    GlobalHomed,

    /// <summary>A multi-region or edge data plane (<c>*.cloudfront.net</c>, <c>*.azurefd.net</c>); usually a mitigation.</summary>
    GlobalEdge,

    /// <summary>A provider-global endpoint with no known home region (<c>login.microsoftonline.com</c>,
    /// <c>storage.googleapis.com</c>).</summary>
    Global,

    /// <summary>A private address (RFC 1918, CGNAT, ULA, link-local) or an internal name (<c>*.internal</c>, single label).</summary>
    Private,

    /// <summary><c>localhost</c>, 127.0.0.0/8, <c>::1</c> (and the unspecified address, which binds locally).</summary>
    Loopback,

    /// <summary>Any other public-looking hostname or address.</summary>
    Public,

    /// <summary>A URL whose host could not be parsed, e.g. one with an unresolved <c>{placeholder}</c>.</summary>
    Unknown,
}
