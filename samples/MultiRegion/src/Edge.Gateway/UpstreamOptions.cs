namespace Edge.Gateway;

// bound to the "Upstream" section of appsettings.json
public sealed class UpstreamOptions
{
    // one name for both regions: Route 53 failover records with health checks decide which region answers
    public string Orders { get; set; } = "";
}
