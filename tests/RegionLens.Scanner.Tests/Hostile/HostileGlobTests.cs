using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Loading.ProjectData;
using RegionLens.Scanner.UserConfiguration;

namespace RegionLens.Scanner.Tests.Hostile;

/// <summary>Globs come from the scanned tree (a project's <c>Compile Include</c>, the <c>exclude</c> of its
/// regionlens.json). Many <c>**</c>s between literal folders over a deep path would take astronomically long if every
/// way of splitting the path were tried; matching decides each pattern-and-path position once.</summary>
public sealed class HostileGlobTests
{
    private static readonly string[] ManyAnyFolders = [.. Enumerable.Repeat(new[] { "**", "a" }, 30).SelectMany(x => x), "c"];

    private static readonly string[] DeepPath = [.. Enumerable.Repeat("a", 60), "b"];

    [Fact]
    public async Task AProjectGlobWithManyAnyFoldersOverADeepPathEndsAtOnce()
    {
        var matched = await Task.Run(() => GlobMatch.Segments(ManyAnyFolders, DeepPath)).WaitAsync(TimeSpan.FromSeconds(10));
        var matchedWhenItEndsRight = GlobMatch.Segments(ManyAnyFolders, [.. Enumerable.Repeat("a", 60), "c"]);

        Assert.Equal((false, true), (matched, matchedWhenItEndsRight));
    }

    [Fact]
    public async Task AnExcludeGlobWithManyAnyFoldersOverADeepPathEndsAtOnce()
    {
        var glob = string.Join('/', ManyAnyFolders);

        var matched = await Task.Run(() => PathGlob.Matches(glob, string.Join('/', DeepPath))).WaitAsync(TimeSpan.FromSeconds(10));
        var coversAFileBelowAMatchedFolder = PathGlob.Matches(glob, string.Join('/', [.. Enumerable.Repeat("a", 60), "c", "file.txt"]));

        Assert.Equal((false, true), (matched, coversAFileBelowAMatchedFolder));
    }
}
