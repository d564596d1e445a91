using System.Net;

namespace RegionLens.Core.Classification;

internal enum ParsedHostKind
{
    Name,
    Address,

    /// <summary>The text is clearly a URL, but its host is not a usable name (e.g. <c>https://{host}/</c>).</summary>
    Unparseable,
}

internal sealed class ParsedHost
{
    public ParsedHost(ParsedHostKind kind, string host, IPAddress? address = null)
    {
        Kind = kind;
        Host = host;
        Address = address;
    }

    public ParsedHostKind Kind { get; }

    public string Host { get; }

    public IPAddress? Address { get; }
}
