using RegionLens.Scanner.Configuration;

namespace RegionLens.Scanner.Infrastructure;

/// <summary>
/// What an nginx configuration depends on: each <c>resolver</c> directive is one setting with its name servers, and
/// every <c>proxy_pass</c>/<c>grpc_pass</c> target and <c>upstream</c> server is an endpoint (a target built from
/// variables is resolved per request and its host is not known statically, so it is left out; so is one that names an
/// <c>upstream</c> block, whose servers are the endpoints).
/// </summary>
public static class NginxFacts
{
    /// <exception cref="ConfigParseException">The configuration does not parse.</exception>
    public static InfrastructureFacts Read(string path)
    {
        var config = NginxConfigReader.Read(path);
        var resolvers = config.Resolvers
            .GroupBy(r => r.Location.Line)
            .Select(g => new ResolverDeclaration([.. g.Select(r => new IacValue(r.Address, r.Location))], "resolver", g.First().Location))
            .ToList();
        var upstreams = config.UpstreamServers.Select(s => s.Upstream).ToHashSet(StringComparer.Ordinal);
        var endpoints = config.Passes
            .Where(p => !p.HasVariable && !upstreams.Contains(HostOf(p.Target)))
            .Select(p => new EndpointDeclaration(new IacValue(p.Target, p.Location), p.Directive))
            .Concat(config.UpstreamServers.Select(s => new EndpointDeclaration(new IacValue(s.Address, s.Location), $"upstream {s.Upstream} server")))
            .ToList();
        return new InfrastructureFacts([], endpoints, resolvers, [], []);
    }

    private static string HostOf(string target)
    {
        var scheme = target.IndexOf("://", StringComparison.Ordinal);
        var host = scheme < 0 ? target : target[(scheme + 3)..];
        var end = host.IndexOfAny(['/', ':']);
        return end < 0 ? host : host[..end];
    }
}
