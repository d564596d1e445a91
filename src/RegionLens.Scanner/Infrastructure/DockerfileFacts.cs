using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Configuration;

namespace RegionLens.Scanner.Infrastructure;

/// <summary>
/// What a Dockerfile bakes into its image: <c>ENV</c> values that name endpoints or regions (an image-wide constant,
/// as fixed as a literal in code) and the name servers written into <c>/etc/resolv.conf</c>, all in one setting (a server
/// written twice counted once). <c>ARG</c> defaults are build inputs, not dependencies of their own, but an <c>ENV</c>
/// that names one takes its value (located at the default), as the builder expands it.
/// </summary>
public static class DockerfileFacts
{
    /// <exception cref="ConfigParseException">The Dockerfile does not parse.</exception>
    public static InfrastructureFacts Read(string path)
    {
        var contents = DockerfileReader.Read(path);
        var regions = new List<RegionDeclaration>();
        var endpoints = new List<EndpointDeclaration>();
        var known = new Dictionary<string, ConfigEntry>(StringComparer.Ordinal);
        var environment = contents.Environment.ToHashSet();
        foreach (var entry in contents.Environment.Concat(contents.Arguments).OrderBy(e => e.Location))
        {
            if (!environment.Contains(entry))
            {
                // An ARG with no default is meant to come from --build-arg: its value is not known here.
                if (entry.Value.Length > 0)
                {
                    known[entry.Key] = entry;
                }

                continue;
            }

            var value = DockerVariables.Expand(entry, known);
            known[entry.Key] = new ConfigEntry(entry.Key, value.Text, value.Location);
            if (EnvironmentValues.IsRegionVariable(entry.Key))
            {
                regions.Add(new RegionDeclaration(value, $"ENV {entry.Key}", IsDeployTarget: false));
            }
            else if (EndpointShape.IsEndpoint(value.Text))
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
