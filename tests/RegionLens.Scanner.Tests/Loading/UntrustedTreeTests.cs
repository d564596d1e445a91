using RegionLens.Core.Model;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Tests.Loading;

/// <summary>
/// A pull request controls the scanned tree's MSBuild files. By default nothing in them runs: not an <c>Exec</c>
/// target, not an inline task. Each plants a marker file at an absolute path outside the
/// tree, so the proof does not depend on where a build would write.
/// </summary>
public sealed class UntrustedTreeTests : IDisposable
{
    private readonly TempTree _tree = new();
    private readonly string _markers = Directory.CreateTempSubdirectory("regionlens-markers-").FullName;

    private string ExecMarker => Path.Combine(_markers, "exec-ran");
    private string InlineTaskMarker => Path.Combine(_markers, "inline-task-ran");

    [Fact]
    public async Task TheDefaultScanRunsNoneOfTheTreesBuildLogic()
    {
        PlantHostileBuild();

        var result = await RegionLensScanner.ScanAsync(_tree.Root);

        Assert.False(File.Exists(ExecMarker), "the Exec target ran");
        Assert.False(File.Exists(InlineTaskMarker), "the inline task ran");
        // The project is still scanned: its hard-coded endpoint is found, bound semantically over the framework.
        Assert.Contains(result.Dependencies, d => d.Value == "hooks.partner.example.com" && d.Confidence == Confidence.Semantic);
    }

    /// <summary>With <c>--trust-build</c> the design-time build evaluates the tree and runs its targets: that is what
    /// trusting the build means, and why it is not the default.</summary>
    [Fact]
    public async Task ATrustedScanRunsTheTreesBuildLogic()
    {
        PlantHostileBuild();

        await RegionLensScanner.ScanAsync(_tree.Root, options: new ScanOptions(TrustBuild: true));

        Assert.True(File.Exists(ExecMarker), "the design-time build runs the Exec target");
        Assert.True(File.Exists(InlineTaskMarker), "the design-time build runs the inline task");
    }

    public void Dispose()
    {
        _tree.Dispose();
        Directory.Delete(_markers, recursive: true);
    }

    private void PlantHostileBuild()
    {
        _tree.Write("Directory.Build.targets", $"""
            <Project InitialTargets="PlantedExec;PlantedInlineTask">
              <UsingTask TaskName="WriteMarker" TaskFactory="RoslynCodeTaskFactory" AssemblyFile="$(MSBuildToolsPath)/Microsoft.Build.Tasks.Core.dll">
                <ParameterGroup><Path ParameterType="System.String" Required="true" /></ParameterGroup>
                <Task><Code Type="Fragment" Language="cs">System.IO.File.WriteAllText(Path, "ran");</Code></Task>
              </UsingTask>
              <Target Name="PlantedExec" BeforeTargets="CoreCompile;Restore;CollectPackageReferences;ResolveAssemblyReferences;Compile">
                <Exec Command="echo ran &gt; '{ExecMarker}'" />
              </Target>
              <Target Name="PlantedInlineTask" BeforeTargets="CoreCompile;Restore;CollectPackageReferences;ResolveAssemblyReferences;Compile">
                <WriteMarker Path="{InlineTaskMarker}" />
              </Target>
            </Project>
            """);
        _tree.Write("App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
            </Project>
            """);
        _tree.Write("App/Program.cs", """
            using var http = new HttpClient();
            await http.PostAsync("https://hooks.partner.example.com/orders", null);
            """);
    }
}
