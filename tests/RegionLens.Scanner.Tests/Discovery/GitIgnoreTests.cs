using RegionLens.Scanner.Discovery;

namespace RegionLens.Scanner.Tests.Discovery;

public sealed class GitIgnoreTests
{
    private static readonly GitIgnore Rules = new(
    [
        "# build output",
        "*.log",
        "/dist/",
        "docs/**/draft.md",
        "secrets/",
        "!secrets/README.md",
        "temp?.txt",
    ]);

    [Theory]
    [InlineData("app.log", false, true)]
    [InlineData("src/app.log", false, true)]
    [InlineData("dist", true, true)]
    [InlineData("src/dist", true, null)]
    [InlineData("docs/a/b/draft.md", false, true)]
    [InlineData("docs/draft.md", false, true)]
    [InlineData("secrets", true, true)]
    [InlineData("secrets", false, null)]
    [InlineData("secrets/README.md", false, false)]
    [InlineData("temp1.txt", false, true)]
    [InlineData("temp10.txt", false, null)]
    [InlineData("src/main.tf", false, null)]
    public void TheLastMatchingPatternDecides(string path, bool isFolder, bool? ignored)
    {
        Assert.Equal(ignored, Rules.Decides(path, isFolder));
    }
}
