using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RegionLens.Core.Classification;
using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Extraction;
using RegionLens.Scanner.Loading;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Caching;

/// <summary>
/// The code stage (load projects, extract from C#) with a cache: when every input is as the last scan of the tree
/// found it, no C# is parsed or bound and every result is kept; when some C# files changed, the projects are loaded
/// and only the documents the edit can affect (see <see cref="Invalidation"/>) are analysed again. Either way the
/// projects, notifications and extraction handed on are those a scan without the cache gives.
/// </summary>
internal static class CachedCodeStage
{
    /// <summary>Null when the cache cannot serve this tree (its projects cannot be read as data, or the cache folder
    /// lies inside it): the caller then runs the stage as usual.</summary>
    public static (IReadOnlyList<LoadedProject> Projects, CodeExtraction Code)? Run(
        ScanTarget target, CacheSettings settings, Notifications notifications, RegionCatalogue regions,
        Func<Notifications, IReadOnlyList<LoadedProject>> load, CancellationToken cancellationToken, StageClock? clock, IProgress<ScanProgress>? progress)
    {
        if (settings.IsInside(target.Root) || CodeInputs.Of(target) is not { } inputs)
        {
            return null;
        }

        clock?.Lap("cache: hash inputs");
        var targetKey = target.Root + "\n" + string.Join("\n", target.EntryFiles);
        var key = ToolIdentity.Current + "\n" + targetKey;
        var store = new CacheStore(settings, targetKey);
        var (old, _) = store.Read();
        if (old is not null && old.Key != key)
        {
            old = null;
        }

        if (old is not null && SameInputs(old.Inputs, inputs) && Kept(old, target.Root) is { } kept)
        {
            notifications.AddRecorded(old.LoadNotifications);
            clock?.Count("documents analysed", 0);
            clock?.Count("documents in the solution", old.Documents.Count);
            clock?.Lap("cache: reuse every result");
            return (kept.Projects, CodeExtractor.Merge(kept.Results, notifications));
        }

        var loadNotifications = new Notifications(target.Root);
        var projects = load(loadNotifications);
        clock?.Lap("load projects");
        var trees = projects.SelectMany(p => p.SourceTrees).GroupBy(t => t.FilePath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var facts = trees.AsParallel()
            .Select(pair => (pair.Key, Facts: old is not null && Unchanged(old, inputs, pair.Key) && old.Files.TryGetValue(pair.Key, out var same) ? same : FileFacts.Of(pair.Value)))
            .ToDictionary(p => p.Key, p => p.Facts, StringComparer.Ordinal);
        var stale = old is null ? null : Invalidation.Stale(old, inputs, facts);
        // A file compiled by two projects is a document of each, so documents are known by project and path.
        var keptDocuments = stale is null || old is null
            ? []
            : old.Documents.Where(d => !stale.Contains(d.Path)).GroupBy(d => (d.Project, d.Path)).ToDictionary(g => g.Key, g => g.First());
        DocumentExtraction? Reuse(LoadedProject project, string path) =>
            keptDocuments.TryGetValue((project.FilePath, path), out var record) ? DocumentRecords.ToExtraction(record, project) : null;

        var analysed = CodeExtractor.Analyse(projects, regions, cancellationToken, clock, progress, Reuse, record: true,
            knownSections: stale is null ? null : old!.OptionsSections);
        var documents = analysed.Documents
            .Select(d => d.Reads is { } reads ? DocumentRecords.From(d.Project.FilePath, d.Result, reads) : keptDocuments[(d.Project.FilePath, d.Result.Path)])
            .ToList();
        var entry = new CacheEntry(CacheEntry.CurrentFormat, key, inputs, [.. projects.Select(Record)], loadNotifications.Recorded(), facts, documents,
            new Dictionary<string, string>(analysed.Bindings.Sections, StringComparer.Ordinal));
        store.Write(entry);
        notifications.AddRecorded(loadNotifications.Recorded());
        clock?.Lap("extract from C#");
        return (projects, CodeExtractor.Merge(analysed.Documents.Select(d => d.Result), notifications));
    }

    private static bool SameInputs(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> now) =>
        before.Count == now.Count && now.All(pair => before.TryGetValue(pair.Key, out var hash) && hash == pair.Value);

    private static bool Unchanged(CacheEntry old, IReadOnlyDictionary<string, string> inputs, string path) =>
        old.Inputs.TryGetValue(path, out var before) && inputs.TryGetValue(path, out var now) && before == now;

    /// <summary>The projects and results kept in the entry; null when the entry does not hold together (a document of
    /// a project it does not list), which makes it a miss.</summary>
    private static (IReadOnlyList<LoadedProject> Projects, IReadOnlyList<DocumentExtraction> Results)? Kept(CacheEntry old, string root)
    {
        try
        {
            var projects = old.Projects.Select(p => new LoadedProject(p.FilePath, p.Name, p.IsExecutable, p.ProjectReferences,
                // Nothing after extraction binds: an empty compilation stands in for the one that is not built.
                CSharpCompilation.Create(p.Name), new LazySourceTrees(p.SourceFiles, LazySourceTrees.Options(p), root), p.SyntaxOnly)).ToList();
            var byPath = projects.ToDictionary(p => p.FilePath, StringComparer.Ordinal);
            var results = old.Documents.Select(d => byPath.TryGetValue(d.Project, out var project) ? DocumentRecords.ToExtraction(d, project) : null).ToList();
            return results.Any(r => r is null) ? null : (projects, results.OfType<DocumentExtraction>().ToList());
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    private static ProjectRecord Record(LoadedProject project)
    {
        var options = project.SourceTrees.Concat(project.Compilation.SyntaxTrees).Select(t => t.Options).OfType<CSharpParseOptions>().FirstOrDefault()
            ?? CSharpParseOptions.Default;
        return new ProjectRecord(project.FilePath, project.Name, project.IsExecutable, [.. project.ProjectReferences], project.SyntaxOnly,
            [.. project.SourceTrees.Select(t => t.FilePath)], options.LanguageVersion.ToString(), [.. options.PreprocessorSymbolNames]);
    }
}
