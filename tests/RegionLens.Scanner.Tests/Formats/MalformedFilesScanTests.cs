namespace RegionLens.Scanner.Tests.Formats;

/// <summary>A folder holding a malformed variant of every format: one notification per file, no crash, no finding.</summary>
public sealed class MalformedFilesScanTests
{
    [Fact]
    public async Task EveryMalformedFileIsOneNotificationNamingItsLine()
    {
        var result = await FixtureScan.Of("malformed");

        Assert.Equal(
        [
            "Warning  no C# project found; configuration and infrastructure files are still read (to scan C#, give the .sln, .slnx or .csproj, or the folder that holds it)",
            "Warning .env:2 could not parse: expected KEY=value",
            "Warning Dockerfile:2 could not parse: unterminated \" quote",
            "Warning Properties/launchSettings.json:5 could not parse: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.",
            "Warning appsettings.json:5 could not parse: Expected start of a property name or value, but instead reached end of data.",
            "Warning broken-arm.json:10 could not parse: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.",
            "Warning broken-k8s.yaml:12 could not parse: While scanning a multi-line double-quoted scalar, found wrong indentation.",
            "Warning broken-stack.yaml:6 could not parse: While scanning a multi-line double-quoted scalar, found wrong indentation.",
            "Warning broken.bicep:9 could not parse: ':' expected, found 'archive'",
            "Warning broken.tf:5 could not parse: this '{' is never closed",
            "Warning broken.tf.json:8 could not parse: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.",
            "Warning docker-compose.yml:5 could not parse: not valid YAML here",
            "Warning nginx.conf:3 could not parse: 'server' block is not closed",
            "Warning values.yaml:3 could not parse: While scanning a plain scalar value, found invalid mapping.",
            "Warning web.config:5 could not parse: The 'add' start tag on line 4 position 6 does not match the end tag of 'appSettings'. Line 5, position 5.",
        ], FixtureScan.Notifications(result));
        Assert.Empty(result.Findings);
    }
}
