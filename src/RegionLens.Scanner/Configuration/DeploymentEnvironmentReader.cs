using RegionLens.Core.Model;
using YamlDotNet.Core;
using RegionLens.Scanner.Infrastructure.Deployment;
using YamlDotNet.RepresentationModel;

namespace RegionLens.Scanner.Configuration;

/// <summary>The environment variables one deployed unit is given: a compose service or a Kubernetes container.</summary>
/// <param name="Environment">How the source is reported: <c>compose:orders-api</c>, <c>kubernetes:Deployment/orders</c>.</param>
/// <param name="Names">Names that may identify the project it runs (service, container, workload names).</param>
/// <param name="BuildContext">For compose, the absolute folder the image is built from.</param>
public sealed record DeploymentVariables(string Path, string Environment, IReadOnlyList<string> Names, string? BuildContext, IReadOnlyList<ConfigEntry> Variables);

/// <summary>
/// Reads the environment variables that deployments set — docker-compose services' <c>environment</c> (map or
/// <c>KEY=value</c> list) and Kubernetes workloads' containers' <c>env</c> (Deployment, StatefulSet, DaemonSet, Job,
/// CronJob, Pod) — with the exact position of each value. Only literal values are read; <c>valueFrom</c> is not.
/// </summary>
public static class DeploymentEnvironmentReader
{
    private static readonly HashSet<string> Workloads = new(StringComparer.Ordinal) { "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Pod" };

    /// <exception cref="ConfigParseException">The file is not valid YAML.</exception>
    public static IReadOnlyList<DeploymentVariables> Read(string path) => Read(path, File.ReadAllText(path));

    /// <exception cref="ConfigParseException">The text is not valid YAML.</exception>
    /// <param name="documents">The scan's parsed deployment files, so that the file is parsed once; null to parse it here.</param>
    public static IReadOnlyList<DeploymentVariables> Read(string path, string text, DeploymentDocuments? documents = null)
    {
        var found = new List<DeploymentVariables>();
        foreach (var document in documents?.Load(path, text) ?? DeploymentYaml.Load(path, text))
        {
            if (document.RootNode is not YamlMappingNode root)
            {
                continue;
            }

            if (Child(root, "services") is YamlMappingNode services)
            {
                found.AddRange(ComposeServices(path, services));
            }
            else if (Scalar(root, "kind") is { } kind && Workloads.Contains(kind))
            {
                found.AddRange(Containers(path, root, kind));
            }
        }

        return found;
    }

    private static IEnumerable<DeploymentVariables> ComposeServices(string path, YamlMappingNode services)
    {
        foreach (var (nameNode, serviceNode) in services.Children)
        {
            if (nameNode is not YamlScalarNode { Value: { } name } || serviceNode is not YamlMappingNode service)
            {
                continue;
            }

            var context = Child(service, "build") switch
            {
                YamlScalarNode { Value: { } written } => written,
                YamlMappingNode build => Scalar(build, "context"),
                _ => null,
            };
            var folder = context is null ? null : System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!, context));
            var variables = Variables(path, Child(service, "environment")).ToList();
            if (variables.Count > 0)
            {
                yield return new DeploymentVariables(path, "compose:" + name, [name], folder, variables);
            }
        }
    }

    private static IEnumerable<DeploymentVariables> Containers(string path, YamlMappingNode root, string kind)
    {
        var workload = Child(Child(root, "metadata") as YamlMappingNode, "name") is YamlScalarNode { Value: { } named } ? named : "?";
        var podSpec = kind switch
        {
            "Pod" => Child(root, "spec"),
            "CronJob" => Path(root, "spec", "jobTemplate", "spec", "template", "spec"),
            _ => Path(root, "spec", "template", "spec"),
        };
        if (Child(podSpec as YamlMappingNode, "containers") is not YamlSequenceNode containers)
        {
            yield break;
        }

        foreach (var container in containers.Children.OfType<YamlMappingNode>())
        {
            var containerName = Scalar(container, "name") ?? workload;
            var variables = Child(container, "env") is YamlSequenceNode env
                ? env.Children.OfType<YamlMappingNode>()
                    .Where(v => Scalar(v, "name") is not null && Child(v, "value") is YamlScalarNode)
                    .Select(v => Entry(path, Scalar(v, "name")!, (YamlScalarNode)Child(v, "value")!))
                    .ToList()
                : [];
            if (variables.Count > 0)
            {
                yield return new DeploymentVariables(path, $"kubernetes:{kind}/{workload}", [containerName, workload], null, variables);
            }
        }
    }

    /// <summary>Compose's <c>environment</c>: a map, or a list of <c>KEY=value</c> whose value starts after the '='.</summary>
    private static IEnumerable<ConfigEntry> Variables(string path, YamlNode? environment)
    {
        switch (environment)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode scalar)
                    {
                        yield return Entry(path, name, scalar);
                    }
                }

                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children.OfType<YamlScalarNode>())
                {
                    var text = item.Value ?? string.Empty;
                    var equals = text.IndexOf('=', StringComparison.Ordinal);
                    if (equals > 0)
                    {
                        var column = (int)item.Start.Column + equals + 1 + (item.Style is ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted ? 1 : 0);
                        yield return new ConfigEntry(text[..equals], text[(equals + 1)..], new SourceLocation(path, (int)item.Start.Line, column));
                    }
                }

                break;
        }
    }

    private static ConfigEntry Entry(string path, string name, YamlScalarNode value) =>
        new(name, value.Value ?? string.Empty, new SourceLocation(path, (int)value.Start.Line, (int)value.Start.Column));

    private static YamlNode? Child(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static string? Scalar(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    private static YamlNode? Path(YamlMappingNode node, params string[] keys)
    {
        YamlNode? current = node;
        foreach (var key in keys)
        {
            current = Child(current as YamlMappingNode, key);
        }

        return current;
    }
}
