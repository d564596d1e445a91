using System.Diagnostics;
using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Tests.Hostile;

/// <summary>A tree whose files are not what their names say: links out of the root, link loops, pipes, too many
/// files. The walk opens none of them, says why for each, and keeps the healthy files.</summary>
public sealed class HostileFileTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("regionlens-hostile-files-").FullName;

    private string Root => Path.Combine(_parent, "repo");

    [Fact]
    public void LinksOutOfTheRootAndLinkLoopsAreNotFollowed()
    {
        File.WriteAllText(Path.Combine(_parent, "outside.env"), "AWS_REGION=eu-west-1\n");
        Write("infra/main.tf", "provider \"aws\" {}\n");
        File.CreateSymbolicLink(Path.Combine(Root, "infra", ".env"), Path.Combine(_parent, "outside.env"));
        File.CreateSymbolicLink(Path.Combine(Root, "infra", "inside.tf"), Path.Combine(Root, "infra", "main.tf"));
        Directory.CreateSymbolicLink(Path.Combine(Root, "infra", "loop"), Path.Combine(Root, "infra"));
        File.CreateSymbolicLink(Path.Combine(Root, "a.tf"), Path.Combine(Root, "b.tf"));
        File.CreateSymbolicLink(Path.Combine(Root, "b.tf"), Path.Combine(Root, "a.tf"));
        var notifications = new Notifications(Root);

        var found = FileDiscovery.Discover(Root, notifications);

        Assert.Equal(["infra/inside.tf", "infra/main.tf"], found.Select(f => Relative(f.Path)));
        var said = notifications.Sorted().Select(n => $"{n.Path}: {n.Message}").ToList();
        Assert.Contains($"infra/.env: {ReadableFile.LinkOutside}", said);
        Assert.Contains("infra/loop: skipped: a symbolic link to a folder is not followed", said);
        Assert.Contains(said, s => s.StartsWith("a.tf: skipped: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APipeNamedLikeAConfigFileIsNeverOpened()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Write("main.tf", "provider \"aws\" {}\n");
        Directory.CreateDirectory(Path.Combine(Root, "deploy"));
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(Root, "deploy", "values.yaml")))
        {
            await mkfifo.WaitForExitAsync();
        }

        var notifications = new Notifications(Root);

        // Opening the pipe for reading would block until a writer came: the walk must return regardless.
        var walk = Task.Run(() => FileDiscovery.Discover(Root, notifications));

        var found = await walk.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(["main.tf"], found.Select(f => Relative(f.Path)));
        Assert.Contains(notifications.Sorted(), n => (n.Path, n.Message) == ("deploy/values.yaml", ReadableFile.NotRegular));
    }

    [Fact]
    public void FilesPastTheCapAreNotReadAndTheCapIsReportedOnce()
    {
        for (var i = 0; i < 5; i++)
        {
            Write($"stack{i}/main.tf", "provider \"aws\" {}\n");
        }

        var notifications = new Notifications(Root);

        var found = FileDiscovery.Discover(Root, notifications, maxFiles: 3);

        Assert.Equal(3, found.Count);
        var notification = Assert.Single(notifications.Sorted());
        Assert.StartsWith("stopped reading files: more than 3 ", notification.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AModuleSourceOutsideTheRootIsNotReadAndIsReported()
    {
        File.WriteAllText(Path.Combine(_parent, "secret.tf"), "provider \"aws\" {\n  region = \"ap-south-1\"\n}\n");
        Write("infra/main.tf", "provider \"aws\" {\n  region = \"eu-west-1\"\n}\n\nmodule \"escape\" {\n  source = \"../..\"\n}\n");

        var result = await RegionLensScanner.ScanAsync(Root);

        Assert.Contains(result.Notifications, n => (n.Path, n.Line, n.Message) == ("infra/main.tf", 5, "module source \"../..\" is outside the scan root; it is not read"));
        Assert.Contains(result.Dependencies, d => d.Value == "eu-west-1");
        Assert.DoesNotContain(result.Dependencies, d => d.Value == "ap-south-1");
    }

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
