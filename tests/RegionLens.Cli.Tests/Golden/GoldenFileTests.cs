using System.Text;

namespace RegionLens.Cli.Tests.Golden;

/// <summary>The golden-file helper never passes on a snapshot it has not compared, and accepts only when asked outside
/// CI. It runs in a temporary folder with a made-up environment, so the real snapshots and variables are untouched.</summary>
public sealed class GoldenFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regionlens-golden-").FullName;

    [Fact]
    public void AMissingSnapshotFailsAndWritesTheReceivedFile()
    {
        var failure = Assert.ThrowsAny<Exception>(() => Verify("out\n", []));

        Assert.Contains("No snapshot", failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Expected));
        Assert.Equal("out\n", File.ReadAllText(Received));
    }

    [Fact]
    public void ADifferentSnapshotFailsNamesTheLineAndKeepsTheSnapshot()
    {
        File.WriteAllText(Expected, "a\nb\n");

        var failure = Assert.ThrowsAny<Exception>(() => Verify("a\nc\n", []));

        Assert.Contains("line 2: expected \"b\", actual \"c\"", failure.Message, StringComparison.Ordinal);
        Assert.Equal("a\nb\n", File.ReadAllText(Expected));
        Assert.Equal("a\nc\n", File.ReadAllText(Received));
    }

    [Fact]
    public void LineEndingsAndAByteOrderMarkAreDifferences()
    {
        File.WriteAllText(Expected, "a\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.ThrowsAny<Exception>(() => Verify("a\n", []));
    }

    [Fact]
    public void AMatchingSnapshotPassesAndRemovesAStaleReceivedFile()
    {
        File.WriteAllText(Expected, "same\n");
        File.WriteAllText(Received, "old\n");

        Verify("same\n", []);

        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void AcceptingOverwritesTheSnapshotOnADevelopersMachine()
    {
        File.WriteAllText(Expected, "old\n");

        Verify("new\n", new() { [GoldenFile.AcceptVariable] = "1" });

        Assert.Equal("new\n", File.ReadAllText(Expected));
        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void AcceptingIsRefusedInCi()
    {
        var failure = Assert.ThrowsAny<Exception>(() => Verify("new\n", new() { [GoldenFile.AcceptVariable] = "1", ["CI"] = "true" }));

        Assert.Contains("CI is set", failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Expected));
        Assert.True(File.Exists(Received));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Expected => Path.Combine(_folder, "case.txt");

    private string Received => Path.Combine(_folder, "case.received.txt");

    private void Verify(string actual, Dictionary<string, string> environment) =>
        GoldenFile.Verify(_folder, "case", "txt", actual, name => environment.GetValueOrDefault(name));
}
