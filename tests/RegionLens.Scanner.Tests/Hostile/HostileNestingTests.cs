using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Configuration.CloudFormation;
using RegionLens.Scanner.Configuration.Terraform;
using RegionLens.Scanner.Infrastructure.Bicep;

namespace RegionLens.Scanner.Tests.Hostile;

/// <summary>Text nested far deeper than any real file, made to overflow a recursive reader's stack (which would end
/// the whole scan): every reader stops with a parse error on the file's line instead.</summary>
public sealed class HostileNestingTests : IDisposable
{
    private const int Levels = 20_000;

    private readonly string _folder = Directory.CreateTempSubdirectory("regionlens-hostile-nesting-").FullName;

    [Theory]
    [InlineData("appsettings.json")]
    [InlineData("template.json")]
    public void DeepJsonIsAParseErrorAtItsLine(string name)
    {
        var path = Write(name, "{\n  \"AWSTemplateFormatVersion\": \"2010-09-09\",\n  \"Deep\": " + new string('[', Levels) + new string(']', Levels) + "\n}\n");

        var error = Assert.Throws<ConfigParseException>(() =>
        {
            if (name == "appsettings.json")
            {
                AppSettingsReader.Read(path);
            }
            else
            {
                CloudFormationTemplateReader.Read(path);
            }
        });

        Assert.Equal(3, error.Line);
        Assert.Contains("depth", error.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("[", "]")]
    [InlineData("{ a = ", "}")]
    [InlineData("\"${", "}\"")]
    public void DeepHclIsAParseError(string open, string close)
    {
        var text = "locals {\n  deep = " + string.Concat(Enumerable.Repeat(open, Levels)) + "1" + string.Concat(Enumerable.Repeat(close, Levels)) + "\n}\n";

        var error = Assert.Throws<HclParseException>(() => HclParser.Parse(text));

        Assert.Equal(2, error.Line);
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("[\n", "\n]")]
    [InlineData("{\n a: ", "\n}")]
    [InlineData("'${", "}'")]
    [InlineData("!", "")]
    public void DeepBicepIsAParseError(string open, string close)
    {
        var text = "var deep = " + string.Concat(Enumerable.Repeat(open, Levels)) + "1" + string.Concat(Enumerable.Repeat(close, Levels)) + "\n";

        var error = Assert.Throws<ConfigParseException>(() => BicepFacts.Read(Write("main.bicep", text), text));

        Assert.Contains("deeper than", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DeeplyNestedBicepChildResourcesAreAParseError()
    {
        var text = string.Concat(Enumerable.Repeat("resource r 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n", 5_000)) + string.Concat(Enumerable.Repeat("}\n", 5_000));

        var error = Assert.Throws<ConfigParseException>(() => BicepFacts.Read(Write("main.bicep", text), text));

        Assert.Contains("deeper than", error.Reason, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
