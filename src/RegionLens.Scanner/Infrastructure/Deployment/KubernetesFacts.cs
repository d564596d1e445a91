using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Discovery;
using YamlDotNet.RepresentationModel;
using static RegionLens.Scanner.Infrastructure.Deployment.DeploymentYaml;

namespace RegionLens.Scanner.Infrastructure.Deployment;

/// <summary>
/// The dependencies a Kubernetes manifest (one or many <c>---</c> documents, or a <c>kind: List</c>) states:
/// <list type="bullet">
/// <item>pod specs of Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job and CronJob: the resolver list when
/// <c>dnsPolicy: None</c>, <c>hostAliases</c> IPs, and the literal <c>env</c> values of containers and init containers
/// that are endpoints or regions;</item>
/// <item>an <c>ExternalName</c> Service's <c>externalName</c>;</item>
/// <item>a ConfigMap's <c>data</c> values that are endpoints or regions.</item>
/// </list>
/// Only <c>dnsPolicy: None</c> makes <c>dnsConfig.nameservers</c> the pod's whole resolver list (DOMAIN §5.4). Under any
/// other policy they are added after the cluster or node resolver, which this file does not name, so no resolver
/// declaration is made for them: counting them alone would report a single resolver that is not one.
/// A Helm template (<see cref="FileKinds.IsHelmTemplate"/>) is not YAML and gives no facts.
/// </summary>
public static class KubernetesFacts
{
    private static readonly HashSet<string> PodTemplateKinds = new(StringComparer.Ordinal)
    {
        "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job",
    };

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
            Object(facts, document.RootNode, listDepth: 0);
        }

        return facts.Build();
    }

    private static void Object(FactsBuilder facts, YamlNode node, int listDepth)
    {
        var kind = Text(node, "kind");
        var name = Text(Map(node, "metadata"), "name") ?? "?";
        var owner = $"{kind}/{name}";
        switch (kind)
        {
            case "List" when listDepth == 0:
                foreach (var item in List(node, "items")?.Children ?? [])
                {
                    Object(facts, item, listDepth + 1);
                }

                break;
            case "Pod":
                PodSpec(facts, Map(node, "spec"), owner, name);
                break;
            case "CronJob":
                PodSpec(facts, Path(node, "spec", "jobTemplate", "spec", "template", "spec") as YamlMappingNode, owner, name);
                break;
            case { } workload when PodTemplateKinds.Contains(workload):
                PodSpec(facts, Path(node, "spec", "template", "spec") as YamlMappingNode, owner, name);
                break;
            case "Service" when Text(Map(node, "spec"), "type") == "ExternalName" && Child(Map(node, "spec"), "externalName") is { } external:
                facts.AddValue("externalName", external, $"{owner} externalName", workload: null);
                break;
            case "ConfigMap":
                foreach (var (key, value) in Entries(Map(node, "data")))
                {
                    facts.AddValue(key.Value!, value, $"{owner} data.{key.Value}", workload: null);
                }

                break;
        }
    }

    private static void PodSpec(FactsBuilder facts, YamlMappingNode? spec, string owner, string workload)
    {
        if (spec is null)
        {
            return;
        }

        if (Text(spec, "dnsPolicy") == "None" && List(Map(spec, "dnsConfig"), "nameservers") is { } servers)
        {
            var key = Key(Map(spec, "dnsConfig"), "nameservers")!;
            facts.AddResolver(servers.Children, $"{owner} dnsConfig.nameservers", facts.Location(key), workload);
        }

        foreach (var alias in List(spec, "hostAliases")?.Children ?? [])
        {
            HostAlias(facts, alias, owner, workload);
        }

        foreach (var container in (List(spec, "initContainers")?.Children ?? []).Concat(List(spec, "containers")?.Children ?? []))
        {
            var containerName = Text(container, "name") ?? workload;
            foreach (var variable in List(container, "env")?.Children ?? [])
            {
                if (Text(variable, "name") is { } variableName && Child(variable, "value") is { } value)
                {
                    facts.AddValue(variableName, value, $"{owner} container {containerName} env {variableName}", containerName);
                }
            }
        }
    }

    /// <summary><c>{ ip: 10.1.2.3, hostnames: [a, b] }</c> pins each name to the address: one endpoint per name, at the address.</summary>
    private static void HostAlias(FactsBuilder facts, YamlNode alias, string owner, string workload)
    {
        if (Child(alias, "ip") is not { } ipNode || InlineText(ipNode) is not { } ip || !DeploymentValues.IsAddress(ip))
        {
            return;
        }

        foreach (var hostname in List(alias, "hostnames")?.Children ?? [])
        {
            if (InlineText(hostname) is { } host)
            {
                facts.AddEndpoint(new IacValue(ip, facts.Location(ipNode)), $"{owner} hostAliases {host}", workload);
            }
        }
    }
}
