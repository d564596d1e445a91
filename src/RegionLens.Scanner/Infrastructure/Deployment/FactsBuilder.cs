using RegionLens.Core.Model;
using YamlDotNet.RepresentationModel;

namespace RegionLens.Scanner.Infrastructure.Deployment;

/// <summary>Collects one file's facts and hands them out ordered by position, so output never depends on traversal order.</summary>
internal sealed class FactsBuilder(string path, string text)
{
    private readonly List<RegionDeclaration> _regions = [];
    private readonly List<EndpointDeclaration> _endpoints = [];
    private readonly List<ResolverDeclaration> _resolvers = [];

    public string Path { get; } = path;

    public string Text { get; } = text;

    public SourceLocation Location(YamlNode node) => DeploymentYaml.Location(Path, Text, node);

    /// <summary>Adds <paramref name="node"/> as an endpoint or a region when its value is one; other values are skipped.</summary>
    public void AddValue(string name, YamlNode node, string subject, string? workload)
    {
        if (DeploymentYaml.InlineText(node) is { } value)
        {
            AddValue(name, value, Location(node), subject, workload);
        }
    }

    /// <summary>As <see cref="AddValue(string, YamlNode, string, string?)"/>, for a value cut out of a longer scalar.</summary>
    public void AddValue(string name, string value, SourceLocation at, string subject, string? workload)
    {
        if (DeploymentValues.Endpoint(value) is { } endpoint)
        {
            _endpoints.Add(new EndpointDeclaration(new IacValue(endpoint, at), subject, workload));
        }
        else if (DeploymentValues.IsRegion(name, value))
        {
            _regions.Add(new RegionDeclaration(new IacValue(value, at), subject, IsDeployTarget: false, workload));
        }
    }

    public void AddEndpoint(IacValue value, string subject, string? workload) =>
        _endpoints.Add(new EndpointDeclaration(value, subject, workload));

    /// <summary>Adds a resolver setting when it names at least one server: each non-empty single-line scalar is one,
    /// whatever it is (a loopback dnsmasq is still the only resolver).</summary>
    public void AddResolver(IEnumerable<YamlNode> servers, string setting, SourceLocation at, string? workload)
    {
        var values = servers
            .Where(server => DeploymentYaml.InlineText(server) is not null)
            .Select(server => new IacValue(DeploymentYaml.InlineText(server)!, Location(server)))
            .ToList();
        if (values.Count > 0)
        {
            _resolvers.Add(new ResolverDeclaration(values, setting, at, workload));
        }
    }

    public InfrastructureFacts Build() => new(
        [.. _regions.OrderBy(r => r.Region.Location.Line).ThenBy(r => r.Region.Location.Column).ThenBy(r => r.Subject, StringComparer.Ordinal)],
        [.. _endpoints.OrderBy(e => e.Value.Location.Line).ThenBy(e => e.Value.Location.Column).ThenBy(e => e.Subject, StringComparer.Ordinal)],
        [.. _resolvers.OrderBy(r => r.Location.Line).ThenBy(r => r.Location.Column).ThenBy(r => r.Setting, StringComparer.Ordinal)],
        [],
        []);
}
