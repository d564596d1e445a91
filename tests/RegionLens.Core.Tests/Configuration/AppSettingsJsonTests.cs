using RegionLens.Core.Configuration;

namespace RegionLens.Core.Tests.Configuration;

/// <summary>The analyzers' reader of appsettings*.json: keys as Microsoft.Extensions.Configuration flattens them,
/// with the line and column of each value.</summary>
public sealed class AppSettingsJsonTests
{
    [Fact]
    public void KeysAreFlattenedWithTheirPositions()
    {
        var entries = AppSettingsJson.Flatten("""
            {
              // comments and trailing commas, as configuration accepts them
              "AWS": { "Region": "us-east-1", },
              "Regions": [ "us-east-1", "us-west-2" ],
              /* a block
                 comment */
              "Retries": 3, "Enabled": true, "Missing": null,
              "Escaped": "a\"b\u0041"
            }
            """)!;
        Assert.Equal(
            ["AWS:Region=us-east-1@3:22", "Regions:0=us-east-1@4:16", "Regions:1=us-west-2@4:29", "Retries=3@7:14", "Enabled=true@7:28",
             "Escaped=a\"bA@8:14"],
            entries.Select(e => $"{e.Key}={e.Value}@{e.Line}:{e.Column}"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{ \"a\": }")]
    [InlineData("{ \"a\": \"b\" } x")]
    [InlineData("{ \"a\": \"b\n\" }")]
    [InlineData("{ /* never closed")]
    [InlineData("[1, 2,, 3]")]
    public void TextThatIsNotJsonGivesNull(string text) => Assert.Null(AppSettingsJson.Flatten(text));

    [Fact]
    public void AByteOrderMarkIsSkipped() => Assert.Single(AppSettingsJson.Flatten("\uFEFF{ \"a\": \"b\" }")!);

    [Theory]
    [InlineData("appsettings.json", null)]
    [InlineData("/src/Api/appsettings.Production.json", "Production")]
    public void TheEnvironmentIsInTheFileName(string path, string? environment) => Assert.Equal(environment, AppSettingsJson.EnvironmentOf(path));
}
