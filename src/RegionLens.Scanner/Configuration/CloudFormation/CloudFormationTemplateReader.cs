using System.Text;

namespace RegionLens.Scanner.Configuration.CloudFormation;

/// <summary>
/// Reads CloudFormation and SAM templates, YAML or JSON. A file is a template when it has
/// <c>AWSTemplateFormatVersion</c>, or <c>Resources</c> with an entry whose <c>Type</c> starts with <c>AWS::</c>;
/// anything else (a Kubernetes manifest, a compose file) gives null.
/// </summary>
public static class CloudFormationTemplateReader
{
    /// <exception cref="ConfigParseException">The file is not valid YAML or JSON; the exception names the line.</exception>
    public static CloudFormationTemplate? Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var root = IsJson(path, bytes)
            ? new JsonTemplateLoader(path, bytes).Load()
            : new YamlTemplateLoader(path, Decode(bytes)).Load();
        return root is CfnMapping template && IsTemplate(template) ? Model(path, template) : null;
    }

    private static bool IsTemplate(CfnMapping root) =>
        root["AWSTemplateFormatVersion"] is not null
        || (root["Resources"] is CfnMapping resources
            && resources.Properties.Any(r => r.Value is CfnMapping { } resource && resource["Type"] is CfnScalar { Value: var type }
                && type.StartsWith("AWS::", StringComparison.Ordinal)));

    private static CloudFormationTemplate Model(string path, CfnMapping root) => new(
        path,
        Parameters(root["Parameters"] as CfnMapping),
        Resources(root["Resources"] as CfnMapping),
        root["Globals"] as CfnMapping,
        root["Mappings"] as CfnMapping,
        root["Transform"] switch
        {
            CfnScalar single => [single.Value],
            CfnSequence list => [.. list.Items.OfType<CfnScalar>().Select(s => s.Value)],
            _ => [],
        },
        root["Conditions"] as CfnMapping);

    private static Dictionary<string, CfnParameter> Parameters(CfnMapping? section)
    {
        var parameters = new Dictionary<string, CfnParameter>(StringComparer.Ordinal);
        foreach (var property in section?.Properties ?? [])
        {
            var declaration = property.Value as CfnMapping;
            parameters.TryAdd(property.Name, new CfnParameter(
                property.Name, (declaration?["Type"] as CfnScalar)?.Value, declaration?["Default"] as CfnScalar, property.Location));
        }

        return parameters;
    }

    private static Dictionary<string, CfnResource> Resources(CfnMapping? section)
    {
        var resources = new Dictionary<string, CfnResource>(StringComparer.Ordinal);
        foreach (var property in section?.Properties ?? [])
        {
            if (property.Value is CfnMapping resource && resource["Type"] is CfnScalar type)
            {
                resources.TryAdd(property.Name, new CfnResource(
                    property.Name, type.Value, resource["Properties"] as CfnMapping, property.Location, (resource["Condition"] as CfnScalar)?.Value));
            }
        }

        return resources;
    }

    /// <summary>JSON by extension, or by content for <c>.template</c> and other names: JSON starts with a brace.</summary>
    private static bool IsJson(string path, byte[] bytes)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return Decode(bytes).TrimStart().StartsWith('{');
    }

    private static string Decode(byte[] bytes) => new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
}
