namespace RegionLens.Scanner.Discovery;

/// <summary>What a file under the scan root is, as far as RegionLens reads it.</summary>
public enum FileKind
{
    AppSettings,
    LaunchSettings,
    WebConfig,
    DotEnv,
    Terraform,
    TerraformVariables,
    TerraformJson,
    CloudFormation,
    Kubernetes,
    Compose,
    HelmValues,
    HelmTemplate,
    Dockerfile,
    Nginx,
    Bicep,
    ArmTemplate,
}
