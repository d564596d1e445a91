namespace RegionLens.Scanner.Discovery;

/// <summary>
/// Decides a file's kind by its name and, for YAML and JSON that could be several things, by a look at its text: a
/// YAML file is CloudFormation when it has <c>AWSTemplateFormatVersion</c> or resources typed <c>AWS::…</c>,
/// Kubernetes when it has <c>apiVersion</c> and <c>kind</c>; a JSON file is an ARM template by its <c>$schema</c>.
/// </summary>
public static class FileKinds
{
    public static FileKind? ByName(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        var extension = Path.GetExtension(name);
        if (name.StartsWith("appsettings", StringComparison.Ordinal) && extension == ".json")
        {
            return FileKind.AppSettings;
        }

        return name switch
        {
            "launchsettings.json" => FileKind.LaunchSettings,
            "web.config" or "app.config" => FileKind.WebConfig,
            _ when name.EndsWith(".exe.config", StringComparison.Ordinal) => FileKind.WebConfig,
            ".env" => FileKind.DotEnv,
            _ when name.StartsWith(".env.", StringComparison.Ordinal) => FileKind.DotEnv,
            "dockerfile" => FileKind.Dockerfile,
            _ when name.StartsWith("dockerfile.", StringComparison.Ordinal) || name.EndsWith(".dockerfile", StringComparison.Ordinal) => FileKind.Dockerfile,
            "nginx.conf" => FileKind.Nginx,
            "values.yaml" or "values.yml" => FileKind.HelmValues,
            _ when name.StartsWith("docker-compose", StringComparison.Ordinal) || name.StartsWith("compose.", StringComparison.Ordinal) => FileKind.Compose,
            _ => extension switch
            {
                ".tf" => FileKind.Terraform,
                ".tfvars" => FileKind.TerraformVariables,
                ".bicep" => FileKind.Bicep,
                _ when name.EndsWith(".tf.json", StringComparison.Ordinal) => FileKind.TerraformJson,
                _ => null,
            },
        };
    }

    /// <summary>A Helm template (<c>templates/*.yaml</c> with <c>{{ … }}</c> actions) is a Go template, not YAML: what it
    /// states is only known once the chart is rendered.</summary>
    public static bool IsHelmTemplate(string path, string text) =>
        path.Replace('\\', '/').Contains("/templates/", StringComparison.Ordinal) && text.Contains("{{", StringComparison.Ordinal);

    /// <summary>The kind of a YAML or JSON file that its name does not decide; null when it is none RegionLens reads.</summary>
    public static FileKind? ByContent(string path, string text)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".yaml" or ".yml")
        {
            if (IsHelmTemplate(path, text))
            {
                return FileKind.HelmTemplate;
            }

            if (text.Contains("AWSTemplateFormatVersion", StringComparison.Ordinal) || text.Contains("Type: AWS::", StringComparison.Ordinal)
                || text.Contains("Type: 'AWS::", StringComparison.Ordinal) || text.Contains("Type: \"AWS::", StringComparison.Ordinal))
            {
                return FileKind.CloudFormation;
            }

            return text.Contains("apiVersion:", StringComparison.Ordinal) && text.Contains("kind:", StringComparison.Ordinal) ? FileKind.Kubernetes : null;
        }

        if (extension == ".json")
        {
            if (text.Contains("deploymentTemplate.json", StringComparison.OrdinalIgnoreCase))
            {
                return FileKind.ArmTemplate;
            }

            return text.Contains("\"AWSTemplateFormatVersion\"", StringComparison.Ordinal) || text.Contains("\"AWS::", StringComparison.Ordinal)
                ? FileKind.CloudFormation
                : null;
        }

        return extension == ".conf" && text.Contains("server {", StringComparison.Ordinal) ? FileKind.Nginx : null;
    }
}
