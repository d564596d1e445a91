using RegionLens.Scanner.Configuration;

namespace RegionLens.Scanner.Tests.Configuration;

public sealed class AppSettingsReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regionlens-appsettings-").FullName;

    [Fact]
    public void FlattensNestedKeysAndArraysWithExactPositions()
    {
        var path = Write("appsettings.json", """
            {
              // comments and trailing commas are accepted, as Microsoft.Extensions.Configuration accepts them
              "AWS": { "Region": "eu-west-1", },
              "Failover": {
                "Regions": [ "us-east-1", "us-west-2" ],
                "Enabled": true,
                "Weight": 2.5
              },
            }
            """);

        var file = AppSettingsReader.Read(path);

        Assert.Null(file.Environment);
        Assert.Equal(
        [
            "AWS:Region=eu-west-1 @3:22",
            "Failover:Regions:0=us-east-1 @5:18",
            "Failover:Regions:1=us-west-2 @5:31",
            "Failover:Enabled=true @6:16",
            "Failover:Weight=2.5 @7:15",
        ], file.Entries.Select(e => $"{e.Key}={e.Value} @{e.Location.Line}:{e.Location.Column}"));
        Assert.Equal("eu-west-1", file.Find("aws:region")?.Value);
    }

    [Fact]
    public void ColumnsCountCharactersAfterAByteOrderMarkAndNonAsciiText()
    {
        var path = Path.Combine(_folder, "appsettings.Production.json");
        File.WriteAllText(path, "{ \"Beschreibung\": \"Zürich\", \"AWS\": { \"Region\": \"eu-central-2\" } }", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var file = AppSettingsReader.Read(path);

        Assert.Equal("Production", file.Environment);
        Assert.Equal((1, 48), (file.Find("AWS:Region")!.Location.Line, file.Find("AWS:Region")!.Location.Column));
    }

    [Fact]
    public void AFileThatDoesNotParseNamesItsLine()
    {
        var path = Write("appsettings.json", """
            {
              "AWS": {
                "Region": "us-east-1"
                "Profile": "default"
              }
            }
            """);

        var error = Assert.Throws<ConfigParseException>(() => AppSettingsReader.Read(path));

        Assert.Equal(path, error.FilePath);
        Assert.Equal(4, error.Line);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("  true  ")]
    public void ATopLevelScalarIsAParseError(string json)
    {
        // Found by fuzzing: a scalar outside any object or array crashed the key stack (InvalidOperationException).
        var path = Write("appsettings.json", json);

        Assert.Equal(1, Assert.Throws<ConfigParseException>(() => AppSettingsReader.Read(path)).Line);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
