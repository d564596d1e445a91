using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Configuration.CloudFormation;
using RegionLens.Scanner.Infrastructure.Arm;
using RegionLens.Scanner.Infrastructure.Bicep;
using RegionLens.Scanner.Infrastructure.CloudFormation;
using RegionLens.Scanner.Infrastructure.Deployment;

namespace RegionLens.Scanner.Infrastructure;

/// <summary>
/// One reader per kind of infrastructure or deployment file. Each returns the file's facts or throws
/// <see cref="ConfigParseException"/>; Terraform is read per module folder, not per file (<see cref="TerraformModules"/>).
/// </summary>
internal static class InfrastructureReaders
{
    /// <summary>Kinds whose files are units of their own when no project runs them.</summary>
    public static bool IsInfrastructure(FileKind kind) => kind is FileKind.CloudFormation or FileKind.Kubernetes or FileKind.Compose
        or FileKind.HelmValues or FileKind.Dockerfile or FileKind.Nginx or FileKind.Bicep or FileKind.ArmTemplate;

    public static bool IsTerraform(FileKind kind) => kind is FileKind.Terraform or FileKind.TerraformVariables or FileKind.TerraformJson;

    /// <summary><c>stack</c> for templates that create infrastructure, <c>deployment</c> for files that run workloads.</summary>
    public static string UnitKind(FileKind kind) =>
        kind is FileKind.CloudFormation or FileKind.Bicep or FileKind.ArmTemplate or FileKind.Terraform or FileKind.TerraformJson
            or FileKind.TerraformVariables ? "stack" : "deployment";

    /// <exception cref="ConfigParseException">The file does not parse.</exception>
    /// <param name="documents">The scan's parsed compose files and manifests, shared with the configuration join.</param>
    public static InfrastructureFacts Read(DiscoveredFile file, DeploymentDocuments? documents = null) => file.Kind switch
    {
        FileKind.Dockerfile => DockerfileFacts.Read(file.Path),
        FileKind.Nginx => NginxFacts.Read(file.Path),
        FileKind.Kubernetes => KubernetesFacts.Read(file.Path, file.Text, documents),
        FileKind.Compose => ComposeFacts.Read(file.Path, file.Text, documents),
        FileKind.HelmValues => HelmValuesFacts.Read(file.Path, file.Text),
        FileKind.Bicep => BicepFacts.Read(file.Path, file.Text),
        FileKind.ArmTemplate => ArmTemplateFacts.Read(file.Path, File.ReadAllBytes(file.Path)),
        FileKind.CloudFormation => CloudFormationTemplateReader.Read(file.Path) is { } template ? CloudFormationFacts.From(template) : InfrastructureFacts.Empty,
        _ => InfrastructureFacts.Empty,
    };
}
