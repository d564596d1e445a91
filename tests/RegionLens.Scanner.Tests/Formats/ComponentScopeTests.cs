using RegionLens.Scanner.Tests.EndToEnd;

namespace RegionLens.Scanner.Tests.Formats;

/// <summary>
/// Which deployment and template files are components: a file that states no region, endpoint, resolver, store or
/// routing and deploys no other file is none (it would only inflate every blast radius), and a template another one
/// deploys (a Bicep module, an ARM linked template, a nested stack) is part of its caller's component.
/// </summary>
public sealed class ComponentScopeTests
{
    [Fact]
    public async Task AKubernetesManifestThatStatesNothingIsNoComponent()
    {
        var result = await FixtureScan.Of("kubernetes", root => File.WriteAllText(Path.Combine(root, "plain.yaml"),
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: plain\nspec:\n  template:\n    spec:\n      containers:\n        - name: plain\n          image: plain:1\n"));

        Assert.Equal(["orders.yaml deployment", "resilient.yaml deployment"], result.Components.Select(c => $"{c.Id} {c.Kind}"));
        Assert.Contains(result.Findings, f => Rendering.Of(f).Contains("(blast radius 1/2 components)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AComposeFileAndADockerfileThatStateNothingAreNoComponents()
    {
        var result = await FixtureScan.Of("dockerfile", root =>
        {
            File.WriteAllText(Path.Combine(root, "Dockerfile.plain"), "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nCOPY app/ /app\nENTRYPOINT [\"dotnet\", \"/app/Plain.dll\"]\n");
            File.WriteAllText(Path.Combine(root, "docker-compose.yml"), "services:\n  plain:\n    image: plain:1\n    ports:\n      - \"8080:8080\"\n");
        });

        Assert.Equal(["Dockerfile deployment", "Dockerfile.resolvers deployment"], result.Components.Select(c => $"{c.Id} {c.Kind}"));
    }

    [Fact]
    public async Task AnArmLinkedTemplateIsPartOfTheTemplateThatDeploysIt()
    {
        var result = await FixtureScan.Of("arm", root =>
        {
            FixtureScan.Replace(root, "azuredeploy.json", "  \"resources\": [\n    {\n      \"type\": \"Microsoft.DocumentDB", """
                  "resources": [
                    {
                      "type": "Microsoft.Resources/deployments",
                      "apiVersion": "2022-09-01",
                      "name": "queues",
                      "properties": {
                        "mode": "Incremental",
                        "templateLink": { "relativePath": "nested/queues.json" }
                      }
                    },
                    {
                      "type": "Microsoft.DocumentDB
                """);
            Directory.CreateDirectory(Path.Combine(root, "nested"));
            File.WriteAllText(Path.Combine(root, "nested", "queues.json"), """
                {
                  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
                  "contentVersion": "1.0.0.0",
                  "resources": [
                    {
                      "type": "Microsoft.ServiceBus/namespaces",
                      "apiVersion": "2022-10-01-preview",
                      "name": "orders-bus",
                      "location": "northeurope"
                    }
                  ]
                }
                """);
        });

        Assert.Equal(["azuredeploy.json stack"], result.Components.Select(c => $"{c.Id} {c.Kind}"));
        Rendering.AssertLines(
        [
            "RL0100 error @ nested/queues.json:9: If azure region northeurope fails, azuredeploy.json can no longer reach region northeurope, with no alternative (blast radius 1/1 components); path: azuredeploy.json -> queues -> region northeurope -> azure northeurope",
        ], result.Findings.Select(Rendering.Of).Where(f => f.Contains("nested/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ANestedStackIsPartOfTheStackThatDeploysIt()
    {
        var result = await FixtureScan.Of("cloudformation", root => FixtureScan.Replace(root, "orders-stack.yaml", "Resources:\n",
            "Resources:\n  Sessions:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ./single-table.json\n"));

        Assert.Equal(["orders-stack.yaml stack"], result.Components.Select(c => $"{c.Id} {c.Kind}"));
        Assert.All(result.Findings.Where(f => f.RuleId == "RL0100"), f => Assert.Contains("(blast radius 1/1 components)", Rendering.Of(f), StringComparison.Ordinal));
    }
}
