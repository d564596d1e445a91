namespace Edge.Gateway;

// bound to the "Upstream" section of appsettings.json
public sealed class UpstreamOptions
{
    public string Pricing { get; set; } = "";
}
