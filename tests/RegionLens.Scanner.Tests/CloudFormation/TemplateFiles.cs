using RegionLens.Scanner.Configuration.CloudFormation;

namespace RegionLens.Scanner.Tests.CloudFormation;

/// <summary>Writes templates to a temporary folder and renders nodes compactly, with positions, for assertions.</summary>
public abstract class TemplateFiles : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regionlens-cfn-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    protected CloudFormationTemplate ReadTemplate(string name, string content) =>
        CloudFormationTemplateReader.Read(Write(name, content)) ?? throw new InvalidOperationException(name + " is not a template");

    protected static string Render(CfnNode? node) => node switch
    {
        CfnScalar scalar => $"{scalar.Value}@{At(scalar)}",
        CfnSequence sequence => "[" + string.Join(", ", sequence.Items.Select(Render)) + "]",
        CfnMapping mapping => "{" + string.Join(", ", mapping.Properties.Select(p => $"{p.Name}@{p.Location.Line}:{p.Location.Column}: {Render(p.Value)}")) + "}",
        _ => "null",
    };

    protected static string At(CfnNode node) => $"{node.Location.Line}:{node.Location.Column}";
}
