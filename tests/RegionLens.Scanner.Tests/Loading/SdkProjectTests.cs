using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Loading;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Tests.Loading;

/// <summary>What an SDK brings without a restore: the framework's reference packs and the implicit global usings.</summary>
public sealed class SdkProjectTests : IDisposable
{
    private readonly TempTree _tree = new();

    [Fact]
    public void AWebProjectBindsAspNetCoreThroughItsImplicitUsings()
    {
        _tree.Write("Api/Api.csproj", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
            </Project>
            """);
        var tree = _tree.Write("Api/Program.cs", """
            var app = WebApplication.CreateBuilder(args).Build();
            app.MapGet("/", () => "ok");
            app.Run();
            """);

        var project = Assert.Single(new ProjectDataLoader(new Notifications(_tree.Root)).Load(ScanTarget.Resolve(_tree.Root), CancellationToken.None));

        Assert.True(project.IsExecutable);
        Assert.Empty(project.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var syntax = project.SourceTrees.Single(t => t.FilePath == tree);
        var call = syntax.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().First();
        var method = Assert.IsAssignableFrom<IMethodSymbol>(project.Compilation.GetSemanticModel(syntax).GetSymbolInfo(call).Symbol);
        Assert.Equal("Microsoft.AspNetCore", method.ContainingAssembly.Name);
    }

    public void Dispose() => _tree.Dispose();
}
