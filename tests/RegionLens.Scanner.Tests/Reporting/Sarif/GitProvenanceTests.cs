using RegionLens.Scanner.Reporting.Sarif;

namespace RegionLens.Scanner.Tests.Reporting.Sarif;

/// <summary>The repository and commit come from the .git files, without running git, and never carry credentials.</summary>
public sealed class GitProvenanceTests : IDisposable
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "regionlens-git-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void ABranchIsFollowedToItsLooseRef()
    {
        var git = Repository("https://token:secret@github.com/acme/shop.git");
        Write(Path.Combine(git, "refs", "heads", "main"), Commit + "\n");

        var found = GitProvenance.Find(_root);

        Assert.Equal(new GitProvenance("https://github.com/acme/shop.git", Commit, "main", PathFromTop: ""), found);
    }

    [Fact]
    public void ABranchIsFollowedToPackedRefsFromASubfolder()
    {
        var git = Repository("git@github.com:acme/shop.git");
        Write(Path.Combine(git, "packed-refs"), $"# pack-refs with: peeled fully-peeled sorted\n{Commit} refs/heads/main\n");
        var sub = Directory.CreateDirectory(Path.Combine(_root, "services", "api")).FullName;

        var found = GitProvenance.Find(sub);

        Assert.Equal(new GitProvenance("ssh://github.com/acme/shop.git", Commit, "main", PathFromTop: "services/api/"), found);
    }

    [Fact]
    public void ADetachedHeadIsTheCommit()
    {
        var git = Repository("https://dev.azure.com/acme/shop/_git/shop");
        Write(Path.Combine(git, "HEAD"), Commit + "\n");

        Assert.Equal(new GitProvenance("https://dev.azure.com/acme/shop/_git/shop", Commit, null, PathFromTop: ""), GitProvenance.Find(_root));
    }

    [Fact]
    public void ALocalOriginOrNoOriginGivesNothing()
    {
        Repository("/srv/git/shop");

        Assert.Null(GitProvenance.Find(_root));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string Repository(string origin)
    {
        var git = Path.Combine(_root, ".git");
        Write(Path.Combine(git, "HEAD"), "ref: refs/heads/main\n");
        Write(Path.Combine(git, "config"), $"[core]\n\tbare = false\n[remote \"upstream\"]\n\turl = https://example.com/other.git\n[remote \"origin\"]\n\turl = {origin}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n");
        return git;
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
