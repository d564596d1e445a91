using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.MSBuild;
using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Loading;

/// <summary>
/// Loads the target's C# projects with MSBuildWorkspace. A project that fails to load is reported and read by syntax
/// only; a project whose packages were never restored is reported and still analysed (its unresolved names are
/// recognised by shape); if MSBuild itself cannot run, every project is read by syntax only.
/// </summary>
internal sealed class WorkspaceLoader(Notifications notifications, StageClock? clock = null, IProgress<ScanProgress>? progress = null)
{
    // Workspace failures may be reported from the build host's threads.
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _failures = new();

    public async Task<IReadOnlyList<LoadedProject>> LoadAsync(ScanTarget target, CancellationToken cancellationToken)
    {
        progress?.Report(new ScanProgress(ScanStage.LoadingProjects, 0, 0));
        var msbuildProblem = MSBuildRegistration.EnsureRegistered();
        if (msbuildProblem is not null)
        {
            notifications.Add(NotificationLevel.Error, $"MSBuild is not available ({msbuildProblem}); C# is read by syntax only");
            return SyntaxOnlyAll(target);
        }

        try
        {
            return await LoadWithMSBuildAsync(target, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Seen when the scanned tree's global.json pins an SDK that is not installed: the build host cannot start.
            notifications.Add(NotificationLevel.Error, $"could not load {Describe(target)} with MSBuild ({FirstLine(e.Message)}); C# is read by syntax only",
                target.EntryFiles.FirstOrDefault());
            return SyntaxOnlyAll(target);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private async Task<IReadOnlyList<LoadedProject>> LoadWithMSBuildAsync(ScanTarget target, CancellationToken cancellationToken)
    {
        using var redirect = IntermediateOutputRedirect.Create();
        using var workspace = MSBuildWorkspace.Create(redirect.GlobalProperties.ToDictionary());
        using var _ = workspace.RegisterWorkspaceFailedHandler(OnWorkspaceFailed);

        var opening = Stopwatch.StartNew();
        var solution = WithoutNullableAnalysis(await OpenAsync(workspace, target, cancellationToken).ConfigureAwait(false));
        clock?.Add("load projects: MSBuild evaluation and design-time build", opening.Elapsed);
        var loaded = new List<LoadedProject>();
        var compiling = Stopwatch.StartNew();
        var projects = DistinctCSharpProjects(solution).ToList();
        foreach (var project in projects)
        {
            progress?.Report(new ScanProgress(ScanStage.LoadingProjects, loaded.Count, projects.Count));
            loaded.Add(await LoadProjectAsync(project, solution, redirect, cancellationToken).ConfigureAwait(false));
        }

        clock?.Add("load projects: compilations and syntax trees", compiling.Elapsed);
        return loaded;
    }

    /// <summary>For a scan of configuration and infrastructure only: every project found as a syntax-only load would
    /// find it, read from its project file alone.</summary>
    public IReadOnlyList<LoadedProject> ProjectFilesOnly(ScanTarget target) =>
        [.. ProjectFiles(target).Select(SyntaxOnlyLoader.LoadProjectFileOnly)];

    private static Solution WithoutNullableAnalysis(Solution solution) =>
        solution.Projects.Aggregate(solution, (changed, project) => project.ParseOptions is CSharpParseOptions options
            ? changed.WithProjectParseOptions(project.Id, ExtractionParseOptions.WithoutNullableAnalysis(options))
            : changed);

    private static async Task<Solution> OpenAsync(MSBuildWorkspace workspace, ScanTarget target, CancellationToken cancellationToken)
    {
        if (target.Kind == EntryKind.Solution)
        {
            return await workspace.OpenSolutionAsync(target.EntryFiles[0], cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        foreach (var projectFile in target.EntryFiles)
        {
            var alreadyLoaded = workspace.CurrentSolution.Projects.Any(p => string.Equals(p.FilePath, projectFile, StringComparison.Ordinal));
            if (!alreadyLoaded)
            {
                await workspace.OpenProjectAsync(projectFile, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }

        return workspace.CurrentSolution;
    }

    private async Task<LoadedProject> LoadProjectAsync(Project project, Solution solution, IntermediateOutputRedirect redirect, CancellationToken cancellationToken)
    {
        var filePath = project.FilePath!;
        if (!project.Documents.Any() && _failures.Any(f => f.Contains(filePath, StringComparison.Ordinal)))
        {
            notifications.Add(NotificationLevel.Warning, "project could not be loaded; its C# files are read by syntax only", filePath);
            return SyntaxOnlyLoader.Load(filePath, notifications);
        }

        if (!File.Exists(Path.Combine(Path.GetDirectoryName(filePath)!, "obj", "project.assets.json")))
        {
            notifications.Add(NotificationLevel.Warning,
                "project packages are not restored; names from them are recognised by syntax only (run `dotnet restore` for full semantic analysis)",
                filePath);
        }

        var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var ownTrees = project.Documents
            .Where(d => d.FilePath is { } path && !redirect.Contains(path) && !SourceTree.IsBuildOutput(path))
            .Select(d => d.GetSyntaxTreeAsync(cancellationToken))
            .ToList();
        var trees = (await Task.WhenAll(ownTrees).ConfigureAwait(false)).OfType<SyntaxTree>().ToList();
        var references = project.ProjectReferences
            .Select(r => solution.GetProject(r.ProjectId)?.FilePath)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new LoadedProject(filePath, Path.GetFileNameWithoutExtension(filePath), IsExecutable(compilation.Options.OutputKind),
            references, compilation, trees, SyntaxOnly: false);
    }

    /// <summary>A multi-targeted project appears once per target framework; its sources are the same, so one is enough.</summary>
    private static IEnumerable<Project> DistinctCSharpProjects(Solution solution) =>
        solution.Projects
            .Where(p => p.Language == LanguageNames.CSharp && p.FilePath is not null)
            .GroupBy(p => p.FilePath!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First());

    private void OnWorkspaceFailed(WorkspaceDiagnosticEventArgs e)
    {
        var message = FirstLine(e.Diagnostic.Message);
        _failures.Enqueue(e.Diagnostic.Message);
        var level = e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure ? NotificationLevel.Warning : NotificationLevel.Note;
        notifications.Add(level, message);
    }

    private IReadOnlyList<LoadedProject> SyntaxOnlyAll(ScanTarget target) =>
        [.. ProjectFiles(target).Select(project => SyntaxOnlyLoader.Load(project, notifications))];

    private static IEnumerable<string> ProjectFiles(ScanTarget target) =>
        target.Kind == EntryKind.Solution ? SourceTree.Files(target.Root, "*.csproj") : target.EntryFiles;

    private static bool IsExecutable(OutputKind kind) =>
        kind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication or OutputKind.WindowsRuntimeApplication;

    private static string Describe(ScanTarget target) => Path.GetFileName(target.EntryFiles.FirstOrDefault() ?? target.Root);

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }
}
