using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Discovery;
using YamlDotNet.RepresentationModel;
using static RegionLens.Scanner.Infrastructure.Deployment.DeploymentYaml;

namespace RegionLens.Scanner.Infrastructure.Deployment;

/// <summary>
/// The dependencies a docker-compose file states, per service: its <c>dns</c> servers (one string or a list),
/// <c>extra_hosts</c> addresses, and <c>environment</c> values (map or <c>KEY=value</c> list) that are endpoints or
/// regions. <c>image</c> registries are not dependencies of the running service and are not read; neither are top-level
/// <c>x-</c> extensions, except where a service merges one in with <c>&lt;&lt;: *anchor</c>.
/// Subjects are the compose path: <c>services.api.dns</c>, <c>services.api.extra_hosts db.corp</c>,
/// <c>services.api.environment.ORDERS_URL</c>; the workload is the service name.
/// </summary>
public static class ComposeFacts
{
    /// <exception cref="ConfigParseException">The text is not valid YAML.</exception>
    /// <param name="documents">The scan's parsed deployment files, so that the file is parsed once; null to parse it here.</param>
    public static InfrastructureFacts Read(string path, string text, DeploymentDocuments? documents = null)
    {
        if (FileKinds.IsHelmTemplate(path, text))
        {
            return InfrastructureFacts.Empty;
        }

        var facts = new FactsBuilder(path, text);
        foreach (var document in documents?.Load(path, text) ?? Load(path, text))
        {
            foreach (var (key, service) in Entries(Map(document.RootNode, "services")))
            {
                Service(facts, key.Value!, service);
            }
        }

        return facts.Build();
    }

    private static void Service(FactsBuilder facts, string name, YamlNode service)
    {
        var prefix = $"services.{name}";
        if (Key(service, "dns") is { } dnsKey)
        {
            var servers = Child(service, "dns") switch
            {
                YamlScalarNode one => [one],
                YamlSequenceNode many => many.Children,
                _ => [],
            };
            facts.AddResolver(servers, $"{prefix}.dns", facts.Location(dnsKey), name);
        }

        switch (Child(service, "extra_hosts"))
        {
            case YamlSequenceNode list:
                foreach (var entry in list.Children.OfType<YamlScalarNode>())
                {
                    ExtraHost(facts, entry, prefix, name);
                }

                break;
            case YamlMappingNode map:
                foreach (var (host, addresses) in Entries(map))
                {
                    var nodes = addresses is YamlSequenceNode many ? many.Children : [addresses];
                    foreach (var address in nodes)
                    {
                        if (address is YamlScalarNode scalar && InlineText(scalar) is { } ip && DeploymentValues.IsAddress(Unbracketed(ip)))
                        {
                            var at = Within(facts.Path, facts.Text, scalar, ip.StartsWith('[') ? 1 : 0);
                            facts.AddEndpoint(new IacValue(Unbracketed(ip), at), $"{prefix}.extra_hosts {host.Value}", name);
                        }
                    }
                }

                break;
        }

        Environment(facts, Child(service, "environment"), prefix, name);
    }

    /// <summary><c>"host=ip"</c> (the spec's form, IPv6 may be bracketed) or the older <c>"host:ip"</c>, which splits at
    /// the first colon so that <c>"v6host:::1"</c> still reads. <c>host-gateway</c> and other non-addresses are skipped.</summary>
    private static void ExtraHost(FactsBuilder facts, YamlScalarNode entry, string prefix, string service)
    {
        if (InlineText(entry) is not { } written)
        {
            return;
        }

        var separator = written.IndexOf('=', StringComparison.Ordinal);
        if (separator < 0)
        {
            separator = written.IndexOf(':', StringComparison.Ordinal);
        }

        if (separator <= 0)
        {
            return;
        }

        var host = written[..separator];
        var address = written[(separator + 1)..];
        var offset = separator + 1;
        if (address.StartsWith('[') && address.EndsWith(']'))
        {
            address = address[1..^1];
            offset++;
        }

        if (DeploymentValues.IsAddress(address))
        {
            facts.AddEndpoint(new IacValue(address, Within(facts.Path, facts.Text, entry, offset)), $"{prefix}.extra_hosts {host}", service);
        }
    }

    /// <summary>A map of names to values, or a list of <c>KEY=value</c> whose value is located after the '='.</summary>
    private static void Environment(FactsBuilder facts, YamlNode? environment, string prefix, string service)
    {
        switch (environment)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in Entries(map))
                {
                    facts.AddValue(key.Value!, value, $"{prefix}.environment.{key.Value}", service);
                }

                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children.OfType<YamlScalarNode>())
                {
                    var written = InlineText(item) ?? string.Empty;
                    var equals = written.IndexOf('=', StringComparison.Ordinal);
                    if (equals > 0)
                    {
                        var name = written[..equals];
                        var at = Within(facts.Path, facts.Text, item, equals + 1);
                        facts.AddValue(name, written[(equals + 1)..], at, $"{prefix}.environment.{name}", service);
                    }
                }

                break;
        }
    }

    private static string Unbracketed(string address) =>
        address.StartsWith('[') && address.EndsWith(']') ? address[1..^1] : address;
}
