using System.Diagnostics;
using System.Text;
using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Configuration.CloudFormation;
using RegionLens.Scanner.Infrastructure.Deployment;

namespace RegionLens.Scanner.Tests.Hostile;

/// <summary>YAML built to make its reader run out of time, memory or stack: each is refused or read in bounded work,
/// with a parse error that names a line.</summary>
public sealed class HostileYamlTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regionlens-hostile-yaml-").FullName;

    [Fact]
    public void ACloudFormationTemplateWhoseAliasesExplodeIsRefused()
    {
        var path = Write("template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\n" + AliasBomb());
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<ConfigParseException>(() => CloudFormationTemplateReader.Read(path));

        Assert.Contains("aliases expand", error.Reason, StringComparison.Ordinal);
        Assert.InRange(error.Line, 2, 11);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void DeploymentReadersWalkAnAliasBombInBoundedWork()
    {
        var manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lol\ndata:\n" + Indent(AliasBomb());
        var clock = Stopwatch.StartNew();

        KubernetesFacts.Read(Write("configmap.yaml", manifest), manifest);
        HelmValuesFacts.Read(Write("values.yaml", AliasBomb()), AliasBomb());
        ComposeFacts.Read(Write("compose.yaml", "services:\n" + Indent(AliasBomb())), "services:\n" + Indent(AliasBomb()));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData("template.yaml")]
    [InlineData("deployment.yaml")]
    public void NestingTooDeepForTheStackIsAParseErrorAtItsLine(string name)
    {
        var text = "AWSTemplateFormatVersion: '2010-09-09'\nResources: " + new string('[', 100_000) + new string(']', 100_000) + "\n";
        var path = Write(name, text);

        var error = Assert.Throws<ConfigParseException>(() =>
        {
            if (name == "template.yaml")
            {
                CloudFormationTemplateReader.Read(path);
            }
            else
            {
                KubernetesFacts.Read(path, text);
            }
        });

        Assert.Equal(2, error.Line);
        Assert.Contains("nested deeper", error.Reason, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Nine anchors, each a list of nine aliases of the one before: 9^9 scalars once every alias is copied.</summary>
    private static string AliasBomb()
    {
        var text = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 9; level++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"l{level}: &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 9))}]\n");
        }

        return text.ToString();
    }

    private static string Indent(string text) => string.Join('\n', text.Split('\n').Select(line => line.Length == 0 ? line : "  " + line)) + "\n";

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
