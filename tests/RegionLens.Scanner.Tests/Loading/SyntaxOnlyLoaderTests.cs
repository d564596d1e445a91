using RegionLens.Scanner.Loading;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Tests.Loading;

/// <summary>The loader used when MSBuild cannot load a project: it reads the project file and its own C# files.</summary>
public sealed class SyntaxOnlyLoaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("regionlens-syntax-only-").FullName;

    [Fact]
    public void ReadsItsOwnFilesButNotThoseOfANestedProjectOrOfBuildOutput()
    {
        Write("Outer/Outer.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><OutputType>Exe</OutputType></PropertyGroup>
              <ItemGroup><ProjectReference Include="..\Lib\Lib.csproj" /></ItemGroup>
            </Project>
            """);
        Write("Outer/Program.cs", "class Program { }");
        Write("Outer/Feature/Feature.cs", "class Feature { }");
        Write("Outer/obj/Debug/Generated.cs", "class Generated { }");
        Write("Outer/Inner/Inner.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        Write("Outer/Inner/Inner.cs", "class Inner { }");

        var project = SyntaxOnlyLoader.Load(Path.Combine(_root, "Outer/Outer.csproj"), new Notifications(_root));

        Assert.True(project.IsExecutable);
        Assert.True(project.SyntaxOnly);
        Assert.Equal([Path.Combine(_root, "Lib/Lib.csproj")], project.ProjectReferences);
        Assert.Equal(["Outer/Feature/Feature.cs", "Outer/Program.cs"], project.SourceTrees.Select(t => Path.GetRelativePath(_root, t.FilePath)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AProjectFileThatIsNotXmlIsALibraryWithNoReferences()
    {
        Write("Broken/Broken.csproj", "<Project");
        Write("Broken/Code.cs", "class Code { }");

        var project = SyntaxOnlyLoader.Load(Path.Combine(_root, "Broken/Broken.csproj"), new Notifications(_root));

        Assert.False(project.IsExecutable);
        Assert.Empty(project.ProjectReferences);
        Assert.Single(project.SourceTrees);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
