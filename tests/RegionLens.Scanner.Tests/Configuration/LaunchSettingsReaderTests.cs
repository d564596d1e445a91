using RegionLens.Scanner.Configuration;

namespace RegionLens.Scanner.Tests.Configuration;

public sealed class LaunchSettingsReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regionlens-launch-").FullName;

    [Fact]
    public void DoubleUnderscoreVariablesOfEachProfileOverrideConfigurationKeys()
    {
        var path = Path.Combine(_folder, "launchSettings.json");
        File.WriteAllText(path, """
            {
              "profiles": {
                "Orders.Api": {
                  "commandName": "Project",
                  "environmentVariables": {
                    "ASPNETCORE_ENVIRONMENT": "Development",
                    "AWS__Region": "us-west-2",
                    "Payments__BaseUrl": "https://payments.dev.example.net/"
                  }
                },
                "Docker": {
                  "environmentVariables": { "AWS__Region": "eu-west-1" }
                }
              }
            }
            """);

        var sources = LaunchSettingsReader.Read(path);

        Assert.Equal(
        [
            "launchSettings:Docker AWS:Region=eu-west-1 @12:48",
            "launchSettings:Orders.Api AWS:Region=us-west-2 @7:24",
            "launchSettings:Orders.Api Payments:BaseUrl=https://payments.dev.example.net/ @8:30",
        ], sources.SelectMany(s => s.Entries.Select(e => $"{s.Environment} {e.Key}={e.Value} @{e.Location.Line}:{e.Location.Column}")));
    }

    [Fact]
    public void AProfileNamedEnvironmentVariablesIsAProfileLikeAnyOther()
    {
        // Found by fuzzing: "profiles:environmentVariables:…" matched the variables segment inside the prefix, and the
        // profile's name was cut with a negative length (ArgumentOutOfRangeException).
        var path = Path.Combine(_folder, "launchSettings.json");
        File.WriteAllText(path, """{ "profiles": { "environmentVariables": { "x": { "AWS__Region": "us-east-1" } } } }""");

        Assert.Empty(LaunchSettingsReader.Read(path));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
