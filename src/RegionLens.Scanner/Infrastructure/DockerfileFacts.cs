using RegionLens.Scanner.Configuration;

namespace RegionLens.Scanner.Infrastructure;

/// <summary>
/// What a Dockerfile bakes into its image: <c>ENV</c> values that name endpoints or regions (an image-wide constant,
/// as fixed as a literal in code) and the name servers written into <c>/etc/resolv.conf</c>, all in one setting (a server written twice counted once).
/// <c>ARG</c> defaults are build inputs, overridable per build, and are not read as dependencies.
/// </summary>
public static class DockerfileFacts
{
    /// <exception cref="ConfigParseException">The Dockerfile does not parse.</exception>
    public static InfrastructureFacts Read(string path)
    {
        var contents = DockerfileReader.Read(path);
        var regions = new List<RegionDeclaration>();
        var endpoints = new List<EndpointDeclaration>();
        foreach (var entry in contents.Environment)
        {
            var value = new IacValue(entry.Value, entry.Location);
            if (EnvironmentValues.IsRegionVariable(entry.Key))
            {
                regions.Add(new RegionDeclaration(value, $"ENV {entry.Key}", IsDeployTarget: false));
            }
            else if (EnvironmentValues.LooksLikeEndpoint(entry.Value))
            {
                endpoints.Add(new EndpointDeclaration(value, $"ENV {entry.Key}"));
            }
        }

        var resolvers = contents.Resolvers.Count == 0
            ? []
            : new[] { new ResolverDeclaration([.. contents.Resolvers.DistinctBy(r => r.Address).Select(r => new IacValue(r.Address, r.Location))], "/etc/resolv.conf", contents.Resolvers[0].Location) };
        return new InfrastructureFacts(regions, endpoints, resolvers, [], []);
    }
}
