using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Loading;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Tests.Loading;

/// <summary>Inputs no build would accept still load: the data loader reports what it went past and never throws.</summary>
public sealed class OddProjectDataTests : IDisposable
{
    private readonly TempTree _tree = new();

    [Fact]
    public void ProjectsThatReferenceEachOtherBothLoadAndKeepTheirReferences()
    {
        _tree.Write("A/A.csproj", Project("<ItemGroup><ProjectReference Include=\"../B/B.csproj\" /></ItemGroup>"));
        _tree.Write("B/B.csproj", Project("<ItemGroup><ProjectReference Include=\"../A/A.csproj\" /><ProjectReference Include=\"../Missing/Missing.csproj\" /></ItemGroup>"));
        _tree.Write("A/A.cs", "public class A { }");
        _tree.Write("B/B.cs", "public class B { }");

        var projects = Load(out var notifications);

        Assert.Equal([(_tree.PathOf("A/A.csproj"), _tree.PathOf("B/B.csproj")), (_tree.PathOf("B/B.csproj"), _tree.PathOf("A/A.csproj"))],
            projects.Select(p => (p.FilePath, p.ProjectReferences.Single())));
        Assert.Contains(notifications.Sorted(), n => n.Path == "Missing/Missing.csproj");
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{ "targets": { "net10.0": { "X/1.0": { "type": "package", "compile": { "lib/x.dll": {} } } } }, "packageFolders": { "/nonexistent\u0000": {} } }""")]
    [InlineData("""{ "targets": [], "libraries": 3, "project": { "frameworks": "net10.0" } }""")]
    public void AnyRestoreOutputStillLoadsTheProject(string assets)
    {
        _tree.Write("A/A.csproj", Project(string.Empty));
        _tree.Write("A/obj/project.assets.json", assets);
        _tree.Write("A/A.cs", "public class A { }");

        var project = Assert.Single(Load(out _));

        Assert.False(project.SyntaxOnly);
        Assert.Single(project.SourceTrees);
    }

    [Theory]
    [InlineData("Odd.sln", "Project(\"{X}\") = \"A\", \"A\0/A.csproj\", \"{Y}\"\n")]
    [InlineData("Odd.slnx", "<Solution><Project Path=\"A/A.csproj\"")]
    [InlineData("Odd.slnx", "<Solution><Project Path=\"../../../../../../etc/A.csproj\" /></Solution>")]
    public void AnOddSolutionIsReportedAndItsProjectsAreStillRead(string name, string content)
    {
        _tree.Write("A/A.csproj", Project("<PropertyGroup><TargetFramework>garbage</TargetFramework></PropertyGroup>"));
        _tree.Write("A/A.cs", "public class A { }");
        var solution = _tree.Write(name, content);
        var notifications = new Notifications(_tree.Root);

        var projects = new ProjectDataLoader(notifications).Load(ScanTarget.Resolve(solution), CancellationToken.None);

        Assert.NotEmpty(notifications.Sorted());
        Assert.All(projects, p => Assert.StartsWith(_tree.Root, p.FilePath, StringComparison.Ordinal));
    }

    public void Dispose() => _tree.Dispose();

    private IReadOnlyList<LoadedProject> Load(out Notifications notifications)
    {
        notifications = new Notifications(_tree.Root);
        return new ProjectDataLoader(notifications).Load(ScanTarget.Resolve(_tree.Root), CancellationToken.None);
    }

    private static string Project(string body) =>
        $"<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>{body}</Project>";
}
