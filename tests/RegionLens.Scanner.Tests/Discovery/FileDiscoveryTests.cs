using System.Text;
using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Tests.Discovery;

/// <summary>What the walk of the scan root finds, what it leaves out, and what it says about each skip.</summary>
public sealed class FileDiscoveryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("regionlens-discovery-").FullName;

    [Fact]
    public void FindsEachKindHonoursGitIgnoreAndReportsEverySkip()
    {
        Write(".gitignore", "generated/\n*.local.json\n!keep.local.json\n");
        Write("src/Api/appsettings.json", "{}");
        Write("src/Api/appsettings.local.json", "{}");
        Write("src/Api/keep.local.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\"}");
        Write("src/Api/Properties/launchSettings.json", "{}");
        Write("src/Api/bin/Debug/appsettings.json", "{}");
        Write("generated/main.tf", "provider \"aws\" {}");
        Write("infra/main.tf", "provider \"aws\" {}");
        Write("infra/prod.tfvars", "region = \"us-east-1\"");
        Write("infra/stack.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n");
        Write("deploy/orders.yaml", "apiVersion: apps/v1\nkind: Deployment\n");
        Write("chart/values.yaml", "region: us-east-1\n");
        Write("chart/templates/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n");
        Write("docker-compose.yml", "services: {}\n");
        Write("Dockerfile", "FROM alpine\n");
        Write(".env", "AWS_REGION=us-east-1\n");
        Write("notes.yaml", "just: notes\n");
        Write("README.md", "# not read\n");
        File.WriteAllBytes(Path.Combine(_root, "infra", "azuredeploy.json"),
            Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\"}")).ToArray());
        File.WriteAllBytes(Path.Combine(_root, "infra", "blob.yaml"), [0x41, 0x00, 0x42, 0x00, 0x00]);
        File.WriteAllBytes(Path.Combine(_root, "infra", "latin1.yaml"), [0x6B, 0x69, 0x6E, 0x64, 0x3A, 0x20, 0xE9, 0x0A]);
        File.WriteAllText(Path.Combine(_root, "src", "Api", "appsettings.Huge.json"), new string(' ', (int)FileDiscovery.MaxFileBytes + 1));
        Directory.CreateSymbolicLink(Path.Combine(_root, "src", "loop"), _root);
        var notifications = new Notifications(_root);

        var found = FileDiscovery.Discover(_root, notifications);

        Assert.Equal(
        [
            ".env DotEnv",
            "Dockerfile Dockerfile",
            "chart/templates/deployment.yaml HelmTemplate",
            "chart/values.yaml HelmValues",
            "deploy/orders.yaml Kubernetes",
            "docker-compose.yml Compose",
            "infra/azuredeploy.json ArmTemplate",
            "infra/main.tf Terraform",
            "infra/prod.tfvars TerraformVariables",
            "infra/stack.yaml CloudFormation",
            "src/Api/Properties/launchSettings.json LaunchSettings",
            "src/Api/appsettings.json AppSettings",
            "src/Api/keep.local.json CloudFormation",
        ], found.Select(f => $"{Path.GetRelativePath(_root, f.Path).Replace('\\', '/')} {f.Kind}"));
        Assert.Equal(
        [
            "infra/blob.yaml: skipped: binary content",
            "infra/latin1.yaml: skipped: not valid UTF-8 or UTF-16 text",
            "src/Api/appsettings.Huge.json: skipped: 5242881 bytes, larger than the 5 MB limit",
            "src/loop: skipped: a symbolic link to a folder is not followed",
        ], notifications.Sorted().Select(n => $"{n.Path}: {n.Message}"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
