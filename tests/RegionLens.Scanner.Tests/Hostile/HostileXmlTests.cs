using RegionLens.Core.Model;
using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Scanning;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.Hostile;

/// <summary>XML built to attack its reader: a DTD is refused at its line, nothing is expanded or fetched, and the
/// scan keeps what the healthy files say.</summary>
public sealed class HostileXmlTests
{
    [Theory]
    [InlineData("billion-laughs", 2)]
    [InlineData("external-entity", 3)]
    public void ADtdIsRefusedAtItsLine(string fixture, int doctypeLine)
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "hostile", fixture, "web.config");

        var error = Assert.Throws<ConfigParseException>(() => WebConfigReader.Read(path));

        Assert.Equal(doctypeLine, error.Line);
        Assert.DoesNotContain("root:", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AScanReportsEachHostileWebConfigAndKeepsTheHealthyFiles()
    {
        using var copy = SampleCopy.OfFixture("hostile");
        File.WriteAllText(copy.PathOf("main.tf"), "provider \"aws\" {\n  region = \"eu-west-1\"\n}\n");

        var result = await RegionLensScanner.ScanAsync(copy.Root);

        Assert.Contains(result.Notifications, n => (n.Path, n.Line, n.Level) == ("billion-laughs/web.config", 2, NotificationLevel.Warning));
        Assert.Contains(result.Notifications, n => (n.Path, n.Line, n.Level) == ("external-entity/web.config", 3, NotificationLevel.Warning));
        Assert.Contains(result.Dependencies, d => d.Kind == EvidenceKind.Region && d.Value == "eu-west-1");
    }
}
