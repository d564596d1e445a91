using RegionLens.Scanner.Configuration;
using YamlDotNet.RepresentationModel;

namespace RegionLens.Scanner.Infrastructure.Deployment;

/// <summary>
/// The YAML of each compose file and Kubernetes manifest of one scan, parsed once: the environment a deployment gives
/// its projects (<see cref="DeploymentEnvironmentReader"/>) and the facts the file states (<see cref="ComposeFacts"/>,
/// <see cref="KubernetesFacts"/>) are read from the same documents. A file that does not parse fails the same way
/// for every reader.
/// </summary>
public sealed class DeploymentDocuments
{
    private readonly Dictionary<string, (IReadOnlyList<YamlDocument>? Documents, ConfigParseException? Error)> _loaded = new(StringComparer.Ordinal);

    /// <exception cref="ConfigParseException">The text is not valid YAML.</exception>
    public IReadOnlyList<YamlDocument> Load(string path, string text)
    {
        if (!_loaded.TryGetValue(path, out var loaded))
        {
            try
            {
                loaded = (DeploymentYaml.Load(path, text), null);
            }
            catch (ConfigParseException e)
            {
                loaded = (null, e);
            }

            _loaded[path] = loaded;
        }

        return loaded.Documents ?? throw loaded.Error!;
    }
}
