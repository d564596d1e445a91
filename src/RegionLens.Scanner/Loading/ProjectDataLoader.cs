using System.Text.Json;
using System.Xml;
using Microsoft.CodeAnalysis;
using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Loading.ProjectData;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Loading;

/// <summary>
/// The default loader: it runs none of the scanned repository's MSBuild logic. Solutions and project files are read
/// as text and XML, restore output (<c>project.assets.json</c>) as JSON, and each project's compilation is built
/// directly over the running SDK's reference packs and the restored packages' compile assemblies. A repository's
/// <c>Directory.Build.props/targets</c>, inline tasks and <c>Exec</c> commands are therefore never run
/// (<c>--trust-build</c> selects <see cref="WorkspaceLoader"/>, which runs them in a design-time build).
/// </summary>
internal sealed class ProjectDataLoader(Notifications notifications, IProgress<ScanProgress>? progress = null)
{
    private readonly DotnetReferencePacks _packs = DotnetReferencePacks.OfRunningDotnet();

    /// <param name="kept">For a scan that reuses cached results: the stand-in for a project whose compilation is not
    /// needed (null to build it). Every project a built one references must be built too.</param>
    public IReadOnlyList<LoadedProject> Load(ScanTarget target, CancellationToken cancellationToken, Func<string, LoadedProject?>? kept = null)
    {
        progress?.Report(new ScanProgress(ScanStage.LoadingProjects, 0, 0));
        var entries = EntryProjects(target);
        if (entries is null)
        {
            return [.. SourceTree.Files(target.Root, "*.csproj").Select(project => SyntaxOnlyLoader.Load(project, notifications))];
        }

        var (read, unreadable) = ReadWithReferences(entries, target.Root);
        var builder = new CompilationBuilder(_packs, notifications);
        var built = new Dictionary<string, LoadedProject>(StringComparer.Ordinal);
        foreach (var project in ProjectOrder.ReferencesFirst(read))
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new ScanProgress(ScanStage.LoadingProjects, built.Count, read.Count));
            var referenced = project.ProjectReferences
                .Where(built.ContainsKey)
                .Select(path => (path, built[path].Compilation))
                .ToList();
            built[project.FilePath] = kept?.Invoke(project.FilePath) ?? Build(builder, project, referenced);
        }

        progress?.Report(new ScanProgress(ScanStage.LoadingProjects, built.Count, read.Count));
        // A reference that closes a cycle is not compiled against, but it is still a reference of the project.
        var loaded = built.Keys.Concat(unreadable.Select(p => p.FilePath)).ToHashSet(StringComparer.Ordinal);
        var withReferences = read.Select(project => built[project.FilePath] with
        {
            ProjectReferences = [.. project.ProjectReferences.Where(loaded.Contains).Order(StringComparer.Ordinal)],
        });
        return [.. withReferences.Concat(unreadable).OrderBy(p => p.FilePath, StringComparer.Ordinal)];
    }

    /// <summary>The project's compilation; when its files cannot be walked or read, its C# is read by syntax only.</summary>
    private LoadedProject Build(CompilationBuilder builder, ProjectFile project, IReadOnlyList<(string Path, Compilation Compilation)> referenced)
    {
        try
        {
            return builder.Build(project, ReadAssets(project), referenced);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            notifications.Add(NotificationLevel.Warning, $"project could not be loaded ({e.Message}); its C# files are read by syntax only", project.FilePath);
            return SyntaxOnlyLoader.Load(project.FilePath, notifications);
        }
    }

    /// <summary>The projects the target names; null (after a notification) when its solution cannot be read.</summary>
    private IReadOnlyList<string>? EntryProjects(ScanTarget target)
    {
        if (target.Kind != EntryKind.Solution)
        {
            return target.EntryFiles;
        }

        var solution = target.EntryFiles[0];
        try
        {
            return SolutionFileReader.CSharpProjects(solution);
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            notifications.Add(NotificationLevel.Error, $"could not read {Path.GetFileName(solution)} ({e.Message}); C# is read by syntax only",
                solution, (e as XmlException)?.LineNumber);
            return null;
        }
    }

    /// <summary>The entry projects and every project they reference, as a design-time build loads them; a project
    /// file that cannot be read is reported with its line and read by syntax only.</summary>
    private (List<ProjectFile> Read, List<LoadedProject> Unreadable) ReadWithReferences(IReadOnlyList<string> entries, string scanRoot)
    {
        var read = new List<ProjectFile>();
        var unreadable = new List<LoadedProject>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(entries);
        while (pending.TryDequeue(out var path))
        {
            if (!seen.Add(path))
            {
                continue;
            }

            if (!File.Exists(path))
            {
                notifications.Add(NotificationLevel.Warning, "project file not found", path);
                continue;
            }

            try
            {
                var project = ProjectFileReader.Read(path, scanRoot);
                read.Add(project);
                foreach (var reference in project.ProjectReferences.Where(r => r.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)))
                {
                    pending.Enqueue(reference);
                }
            }
            catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException or ArgumentException)
            {
                var line = (e as XmlException)?.LineNumber;
                notifications.Add(NotificationLevel.Warning, $"project could not be loaded ({e.Message}); its C# files are read by syntax only",
                    path, line is > 0 ? line : null);
                unreadable.Add(SyntaxOnlyLoader.Load(path, notifications));
            }
        }

        return (read, unreadable);
    }

    /// <summary>The restore output, or null, with the same notification the MSBuild path gives, when there is none
    /// or it cannot be read: the project is still analysed, over the framework alone.</summary>
    private RestoredAssets? ReadAssets(ProjectFile project)
    {
        try
        {
            if (RestoredAssets.Read(project.IntermediateFolder, TargetFramework.Parse(project.TargetFramework)) is { } assets)
            {
                return assets;
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            notifications.Add(NotificationLevel.Warning, $"could not read {RestoredAssets.FileName} ({e.Message})", project.FilePath);
        }

        notifications.Add(NotificationLevel.Warning,
            "project packages are not restored; names from them are recognised by syntax only (run `dotnet restore` for full semantic analysis)",
            project.FilePath);
        return null;
    }
}
