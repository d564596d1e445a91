using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Loading.ProjectData;

namespace RegionLens.Scanner.Tests.Loading;

/// <summary>Solutions and project files read as data: what is taken, and what is left alone because it would need evaluating.</summary>
public sealed class ProjectFileReaderTests : IDisposable
{
    private readonly TempTree _tree = new();

    [Fact]
    public void ASlnListsItsCSharpProjectsFromItsProjectLines()
    {
        var solution = _tree.Write("Classic.sln", """
            Microsoft Visual Studio Solution File, Format Version 12.00
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Api", "src\Api\Api.csproj", "{11111111-1111-1111-1111-111111111111}"
            EndProject
            Project("{2150E333-8FDC-42A3-9474-1A3956D46DE8}") = "src", "src", "{22222222-2222-2222-2222-222222222222}"
            EndProject
            Project("{F2A71F9B-5D33-465A-A702-920D77279786}") = "Tool", "tools\Tool.fsproj", "{33333333-3333-3333-3333-333333333333}"
            EndProject
            """);

        Assert.Equal([_tree.PathOf("src/Api/Api.csproj")], SolutionFileReader.CSharpProjects(solution));
    }

    [Fact]
    public void TheProjectsSettingsAreReadAndConditionedOnesAreLeftOut()
    {
        _tree.Write("Directory.Build.props", """
            <Project>
              <PropertyGroup><Nullable>enable</Nullable><LangVersion>12</LangVersion></PropertyGroup>
              <PropertyGroup Condition="'$(Configuration)' == 'Release'"><DefineConstants>RELEASE_ONLY</DefineConstants></PropertyGroup>
            </Project>
            """);
        var path = _tree.Write("src/Api/Api.csproj", """
            <Project>
              <Sdk Name="Microsoft.NET.Sdk.Web" Version="1.0.0" />
              <PropertyGroup>
                <TargetFrameworks>net8.0;net10.0</TargetFrameworks>
                <AssemblyName>$(MSBuildProjectName).Service</AssemblyName>
                <DefineConstants>$(DefineConstants);FEATURE_X</DefineConstants>
                <RootNamespace>$([System.IO.File]::ReadAllText('/etc/hostname'))</RootNamespace>
                <AllowUnsafeBlocks Condition="'$(TargetFramework)' == 'net8.0'">true</AllowUnsafeBlocks>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="..\Lib\Lib.csproj;..\Other\Other.csproj" />
                <Using Include="Amazon" />
                <Using Include="System.Math" Static="true" />
                <Compile Remove="Legacy/**" />
              </ItemGroup>
            </Project>
            """);

        var project = ProjectFileReader.Read(path, _tree.Root);

        Assert.Equal("Microsoft.NET.Sdk.Web", project.Sdk);
        Assert.Equal("net8.0", project.TargetFramework);
        Assert.Equal("Exe", project.OutputType);
        Assert.Equal("Api.Service", project.AssemblyName);
        // A property function is code, not data: the value is left out rather than evaluated.
        Assert.Null(project.RootNamespace);
        Assert.Equal(("enable", "12"), (project.Nullable, project.LangVersion));
        Assert.Equal(["FEATURE_X"], project.DefineConstants);
        Assert.False(project.AllowUnsafeBlocks);
        Assert.Equal([_tree.PathOf("src/Lib/Lib.csproj"), _tree.PathOf("src/Other/Other.csproj")], project.ProjectReferences);
        Assert.Equal([new UsingItem("Amazon", null, false), new UsingItem("System.Math", null, true)], project.Usings);
        Assert.Equal(["Legacy/**"], project.CompileRemoves);
        Assert.Equal(_tree.PathOf("src/Api/obj"), project.IntermediateFolder);
    }

    [Fact]
    public void ABuildPropsFileAboveTheScanRootIsNotRead()
    {
        _tree.Write("Directory.Build.props", "<Project><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>");
        var path = _tree.Write("inner/Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");

        var project = ProjectFileReader.Read(path, _tree.PathOf("inner"));

        Assert.Null(project.OutputType);
    }

    [Fact]
    public void DefaultCompileItemsLeaveOutOutputHiddenFoldersAndRemovedGlobs()
    {
        var path = _tree.Write("App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <Compile Remove="Legacy/**" />
                <Compile Include="../Shared/*.cs" />
              </ItemGroup>
            </Project>
            """);
        foreach (var file in new[] { "App/Program.cs", "App/Feature/Feature.cs", "App/obj/Generated.cs", "App/bin/Old.cs", "App/.hidden/Secret.cs", "App/Legacy/Old.cs", "Shared/Common.cs", "Shared/Deeper/NotThis.cs" })
        {
            _tree.Write(file, "class C { }");
        }

        var files = CompileItems.Of(ProjectFileReader.Read(path, _tree.Root));

        Assert.Equal(["App/Feature/Feature.cs", "App/Program.cs", "Shared/Common.cs"], files.Select(f => Path.GetRelativePath(_tree.Root, f)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("net10.0", "NETCOREAPP NET10_0 NET NET5_0_OR_GREATER NET6_0_OR_GREATER NET7_0_OR_GREATER NET8_0_OR_GREATER NET9_0_OR_GREATER NET10_0_OR_GREATER NETCOREAPP1_0_OR_GREATER NETCOREAPP1_1_OR_GREATER NETCOREAPP2_0_OR_GREATER NETCOREAPP2_1_OR_GREATER NETCOREAPP2_2_OR_GREATER NETCOREAPP3_0_OR_GREATER NETCOREAPP3_1_OR_GREATER")]
    [InlineData("netstandard2.0", "NETSTANDARD NETSTANDARD2_0 NETSTANDARD1_0_OR_GREATER NETSTANDARD1_1_OR_GREATER NETSTANDARD1_2_OR_GREATER NETSTANDARD1_3_OR_GREATER NETSTANDARD1_4_OR_GREATER NETSTANDARD1_5_OR_GREATER NETSTANDARD1_6_OR_GREATER NETSTANDARD2_0_OR_GREATER")]
    [InlineData("net48", "NETFRAMEWORK NET48")]
    public void TheFrameworksSymbolsAreThoseTheSdkDefines(string moniker, string symbols) =>
        Assert.Equal(symbols.Split(' '), TargetFramework.Parse(moniker)!.PreprocessorSymbols());

    [Theory]
    [InlineData("**/*.cs", "a/b/c.cs", true)]
    [InlineData("*.cs", "a/c.cs", false)]
    [InlineData("Gen?rated/*.g.cs", "Generated/x.g.cs", true)]
    [InlineData("**/obj/**", "src/obj/x/y.cs", true)]
    public void GlobsMatchBySegment(string glob, string path, bool matches) =>
        Assert.Equal(matches, GlobMatch.Segments(glob.Split('/'), path.Split('/')));

    public void Dispose() => _tree.Dispose();
}
