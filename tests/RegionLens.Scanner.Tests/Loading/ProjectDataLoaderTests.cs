using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Loading;
using RegionLens.Scanner.Scanning;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.Loading;

/// <summary>The data loader against the MSBuild one on the restored sample: the same projects, and package types bind.</summary>
public sealed class ProjectDataLoaderTests : IClassFixture<ProjectDataLoaderTests.RestoredOutageShaped>
{
    private readonly RestoredOutageShaped _sample;

    public ProjectDataLoaderTests(RestoredOutageShaped sample)
    {
        _sample = sample;
    }

    [Fact]
    public void APackageTypeBindsSemantically()
    {
        var shared = _sample.DataLoaded.Single(p => p.Name == "Shared.Data");
        var tree = shared.SourceTrees.Single(t => t.FilePath.EndsWith("DynamoClientFactory.cs", StringComparison.Ordinal));
        var model = shared.Compilation.GetSemanticModel(tree);
        var call = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Single(i => i.Expression.ToString() == "RegionEndpoint.GetBySystemName");

        var method = Assert.IsAssignableFrom<IMethodSymbol>(model.GetSymbolInfo(call).Symbol);

        Assert.Equal("Amazon.RegionEndpoint", method.ContainingType.ToDisplayString());
        Assert.Equal("AWSSDK.Core", method.ContainingAssembly.Name);
        Assert.False(shared.SyntaxOnly);
        Assert.DoesNotContain(shared.Compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void EveryProjectCompilesWithoutErrors()
    {
        foreach (var project in _sample.DataLoaded)
        {
            Assert.Empty(project.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{project.Name}: {d}"));
        }
    }

    [Fact]
    public void NullableFlowAnalysisIsSkippedWhileTheNullableContextIsKept()
    {
        var orders = _sample.DataLoaded.Single(p => p.Name == "Orders.Api");
        var tree = orders.SourceTrees.Single(t => t.FilePath.EndsWith("Program.cs", StringComparison.Ordinal));
        var literal = tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().First(l => l.Token.Value is string);

        var type = orders.Compilation.GetSemanticModel(tree).GetTypeInfo(literal);

        // With the flow analysis run, a string literal in an enabled context has the flow state NotNull.
        Assert.Equal(NullableContextOptions.Enable, orders.Compilation.Options.NullableContextOptions);
        Assert.Equal(SpecialType.System_String, type.Type?.SpecialType);
        Assert.Equal(NullableFlowState.None, type.Nullability.FlowState);
        Assert.All(orders.Compilation.SyntaxTrees, t => Assert.Equal("never", t.Options.Features["run-nullable-analysis"]));
    }

    [Fact]
    public async Task TheProjectsAreThoseTheDesignTimeBuildLoads()
    {
        var notifications = new Notifications(_sample.Copy.Root);
        var msbuild = await new WorkspaceLoader(notifications).LoadAsync(ScanTarget.Resolve(_sample.Copy.Root), CancellationToken.None);

        Assert.Equal(msbuild.Select(Summary), _sample.DataLoaded.Select(Summary));
        Assert.Equal(msbuild.Select(p => p.Compilation.AssemblyName), _sample.DataLoaded.Select(p => p.Compilation.AssemblyName));
        Assert.Equal(msbuild.Select(p => p.Compilation.Options.NullableContextOptions), _sample.DataLoaded.Select(p => p.Compilation.Options.NullableContextOptions));
        Assert.All(msbuild.SelectMany(p => p.Compilation.SyntaxTrees), t => Assert.Equal("never", t.Options.Features["run-nullable-analysis"]));
    }

    private static string Summary(LoadedProject project) =>
        $"{project.FilePath} {project.Name} exe={project.IsExecutable} syntax-only={project.SyntaxOnly} "
        + $"refs=[{string.Join(", ", project.ProjectReferences)}] trees=[{string.Join(", ", project.SourceTrees.Select(t => t.FilePath).Order(StringComparer.Ordinal))}]";

    /// <summary>One restored copy of OutageShaped, loaded once by the data loader.</summary>
    public sealed class RestoredOutageShaped : IDisposable
    {
        public RestoredOutageShaped()
        {
            Copy = SampleCopy.Of("OutageShaped", restore: true);
            DataLoaded = new ProjectDataLoader(new Notifications(Copy.Root)).Load(ScanTarget.Resolve(Copy.Root), CancellationToken.None);
        }

        internal SampleCopy Copy { get; }
        internal IReadOnlyList<LoadedProject> DataLoaded { get; }

        public void Dispose() => Copy.Dispose();
    }
}
