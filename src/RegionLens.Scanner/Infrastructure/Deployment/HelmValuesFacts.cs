using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Discovery;
using YamlDotNet.RepresentationModel;
using static RegionLens.Scanner.Infrastructure.Deployment.DeploymentYaml;

namespace RegionLens.Scanner.Infrastructure.Deployment;

/// <summary>
/// The dependencies a Helm chart's <c>values.yaml</c> states. Values have no schema, so the whole tree is walked and
/// each value is judged by itself; its subject is its dotted key path (<c>global.ordersApi.url</c>,
/// <c>hosts[1]</c>):
/// <list type="bullet">
/// <item>single-line strings that are URLs, hosts, IPs or connection strings become endpoints — except under
/// <c>image</c>, <c>repository</c> or <c>registry</c> keys, which name where images come from, and under <c>ingress</c>,
/// whose hosts are names the service is reached by (<c>chart-example.local</c>), not what it calls;</item>
/// <item>region codes become regions that are not deploy targets (Azure and Google names only under keys such as
/// <c>region</c>, <c>awsRegion</c> or <c>location</c>);</item>
/// <item>a <c>dnsConfig.nameservers</c> list (also under a key ending in <c>dnsConfig</c>, such as <c>podDnsConfig</c>)
/// becomes a resolver, unless a <c>dnsPolicy</c> (or <c>…DnsPolicy</c>) beside it says something other than <c>None</c> (see <see cref="KubernetesFacts"/>). A values file usually
/// leaves the policy to the template, so a list with no policy beside it is taken as the pod's resolver list.</item>
/// </list>
/// Workloads are not known from values alone and are left unset.
/// </summary>
public static class HelmValuesFacts
{
    // Deeper trees are not values files.
    private const int MaxDepth = 64;

    // Where images come from, and the names an ingress serves: values that are not something the service calls.
    private static readonly HashSet<string> NotDependencies = new(StringComparer.OrdinalIgnoreCase) { "image", "repository", "registry", "ingress" };

    /// <exception cref="ConfigParseException">The text is not valid YAML.</exception>
    public static InfrastructureFacts Read(string path, string text)
    {
        if (FileKinds.IsHelmTemplate(path, text))
        {
            return InfrastructureFacts.Empty;
        }

        var facts = new FactsBuilder(path, text);
        foreach (var document in Load(path, text))
        {
            Walk(facts, document.RootNode, keyPath: string.Empty, name: string.Empty, depth: 0, new HashSet<YamlNode>(ReferenceEqualityComparer.Instance));
        }

        return facts.Build();
    }

    /// <summary>A mapping or list reached again through an alias is not walked again: its values were reported under
    /// the first path that reached them, and alias cycles (<c>a: &amp;x [*x]</c>) and "billion laughs" files stay finite.</summary>
    private static void Walk(FactsBuilder facts, YamlNode node, string keyPath, string name, int depth, HashSet<YamlNode> walked)
    {
        if (depth > MaxDepth || NotDependencies.Contains(name) || (node is not YamlScalarNode && !walked.Add(node)))
        {
            return;
        }

        switch (node)
        {
            case YamlScalarNode when keyPath.Length > 0:
                facts.AddValue(name, node, keyPath, workload: null);
                break;
            case YamlSequenceNode list:
                for (var i = 0; i < list.Children.Count; i++)
                {
                    Walk(facts, list.Children[i], $"{keyPath}[{i}]", name, depth + 1, walked);
                }

                break;
            case YamlMappingNode map:
                foreach (var (key, value) in Entries(map))
                {
                    var under = keyPath.Length == 0 ? key.Value! : $"{keyPath}.{key.Value}";
                    if (key.Value!.EndsWith("dnsConfig", StringComparison.OrdinalIgnoreCase))
                    {
                        DnsConfig(facts, map, value, under);
                    }
                    else
                    {
                        Walk(facts, value, under, key.Value!, depth + 1, walked);
                    }
                }

                break;
        }
    }

    /// <summary>The nameservers are a resolver list, not endpoints; the rest of <c>dnsConfig</c> (searches, options) names nothing.</summary>
    private static void DnsConfig(FactsBuilder facts, YamlMappingNode owner, YamlNode dnsConfig, string keyPath)
    {
        var policy = Entries(owner)
            .Where(entry => entry.Key.Value!.EndsWith("dnsPolicy", StringComparison.OrdinalIgnoreCase))
            .Select(entry => InlineText(entry.Value))
            .FirstOrDefault();
        if ((policy is null or "None") && List(dnsConfig, "nameservers") is { } servers)
        {
            facts.AddResolver(servers.Children, $"{keyPath}.nameservers", facts.Location(Key(dnsConfig, "nameservers")!), workload: null);
        }
    }
}
