using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RegionLens.Core.Classification;
using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Extraction;
using RegionLens.Scanner.Loading;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Caching;

/// <summary>
/// The code stage (load projects, extract from C#) with a cache. When every input is as the last scan of the tree
/// found it, no C# is parsed or bound and every result is kept. When only C# files changed, the documents the edit can
/// affect (see <see cref="Invalidation"/>) are analysed again, and only their projects (with what they reference, and
/// the projects that call the names they look up) are compiled; otherwise everything is loaded and, when the edit
/// allows, only the stale documents are analysed. Either way the projects, notifications and extraction handed on are
/// those a scan without the cache gives.
/// </summary>
internal static class CachedCodeStage
{
    /// <summary>Null when the cache cannot serve this tree (its projects cannot be read as data, or the cache folder
    /// lies inside it): the caller then runs the stage as usual. <c>Written</c> is the writing of the new entry, done on
    /// another thread while the later stages run; the caller awaits it before the scan ends.</summary>
    /// <param name="regions">The region catalogue, asked for only when documents are analysed.</param>
    /// <param name="load">Loads the projects, reporting to the notifications given; the function given a project path
    /// returns a stand-in for a project that need not be compiled (null to compile it).</param>
    public static (IReadOnlyList<LoadedProject> Projects, CodeExtraction Code, Task Written)? Run(
        ScanTarget target, CacheSettings settings, Notifications notifications, Func<RegionCatalogue> regions,
        Func<Notifications, Func<string, LoadedProject?>?, IReadOnlyList<LoadedProject>> load, CancellationToken cancellationToken,
        StageClock? clock, IProgress<ScanProgress>? progress)
    {
        if (settings.IsInside(target.Root))
        {
            return null;
        }

        var targetKey = target.Root + "\n" + string.Join("\n", target.EntryFiles);
        var store = new CacheStore(settings, targetKey);
        // The entry is read, and its results made ready for the usual case of a tree left as it was, while the inputs
        // are found and stat'ed: neither needs the other, and each takes tens of milliseconds (most of it, on the entry's
        // side, loading the tool's identity and the compiler's first compilation).
        var reading = Task.Run(() =>
        {
            var key = ToolIdentity.Current + "\n" + targetKey;
            return store.Read().Entry is { } read && read.Key == key ? (key, read, Kept(read, target.Root)) : (key, null, null);
        });
        var stated = CodeInputs.Paths(target) is { } paths ? CodeInputs.Stat(paths) : null;
        var (key, old, kept) = reading.GetAwaiter().GetResult();
        if (stated is null)
        {
            return null;
        }

        var inputs = CodeInputs.Hash(stated, old);
        clock?.Count("inputs read", inputs.FilesRead);
        clock?.Lap("cache: hash inputs");
        if (old is not null && kept is not null && SameInputs(old.Inputs, inputs.Hashes))
        {
            // Files were read only to find them as they were (touched, or stamped too close to the last scan): the
            // entry takes their new stamps, so that the next scan need not read them again.
            var restamped = inputs.FilesRead > 0
                ? Task.Run(() => store.Write(old with { Stamps = inputs.Stamps, StampedAt = inputs.StampedAt }))
                : Task.CompletedTask;

            notifications.AddRecorded(old.LoadNotifications);
            clock?.Count("documents analysed", 0);
            clock?.Count("documents in the solution", old.Documents.Count);
            var merged = CodeExtractor.Merge(kept.Value.Results, notifications);
            clock?.Lap("cache: reuse every result");
            return (kept.Value.Projects, merged, restamped);
        }

        var run = (old is null ? null : TryPartly(target, old, inputs.Hashes, regions, load, cancellationToken, clock, progress))
            ?? Fully(target, old, inputs.Hashes, regions, load, cancellationToken, clock, progress);
        var entry = run.Entry with { Key = key, Stamps = inputs.Stamps, StampedAt = inputs.StampedAt };
        var written = Task.Run(() => store.Write(entry));
        notifications.AddRecorded(run.LoadNotifications);
        clock?.Lap("extract from C#");
        return (run.Projects, CodeExtractor.Merge(run.Analysed.Documents.Select(d => d.Result), notifications), written);
    }

    /// <summary><see cref="Partly"/>, with an entry that parses but does not hold together (a document of a project
    /// it does not list, a language version this compiler does not know) taken as a reason to load everything.</summary>
    private static StageRun? TryPartly(
        ScanTarget target, CacheEntry old, IReadOnlyDictionary<string, string> inputs, Func<RegionCatalogue> regions,
        Func<Notifications, Func<string, LoadedProject?>?, IReadOnlyList<LoadedProject>> load, CancellationToken cancellationToken,
        StageClock? clock, IProgress<ScanProgress>? progress)
    {
        try
        {
            return Partly(target, old, inputs, regions, load, cancellationToken, clock, progress);
        }
        catch (Exception e) when (e is KeyNotFoundException or ArgumentException or InvalidOperationException
            or AggregateException { InnerExceptions: [InvalidOperationException or KeyNotFoundException] })
        {
            return null;
        }
    }

    private sealed record StageRun(IReadOnlyList<LoadedProject> Projects, IReadOnlyList<Notification> LoadNotifications, AnalysedDocuments Analysed, CacheEntry Entry);

    /// <summary>Only C# files changed: compile just the projects the stale documents need. Null when that cannot be
    /// done (another input changed, an edit makes everything stale, or a stale document looked up a name called from a
    /// project that was not compiled).</summary>
    private static StageRun? Partly(
        ScanTarget target, CacheEntry old, IReadOnlyDictionary<string, string> inputs, Func<RegionCatalogue> regions,
        Func<Notifications, Func<string, LoadedProject?>?, IReadOnlyList<LoadedProject>> load, CancellationToken cancellationToken,
        StageClock? clock, IProgress<ScanProgress>? progress)
    {
        var records = old.Projects.ToDictionary(p => p.FilePath, StringComparer.Ordinal);
        var projectOf = old.Projects.SelectMany(p => p.SourceFiles.Select(f => (File: f, Project: p)))
            .GroupBy(x => x.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(x => x.Project).ToList(), StringComparer.Ordinal);
        var changed = Changed(old.Inputs, inputs);
        // A file compiled by two projects may parse differently in each (their symbols): such an edit loads everything.
        if (changed.Count == 0 || !changed.All(c => projectOf.TryGetValue(c, out var owners) && owners.Count == 1) || !changed.All(inputs.ContainsKey))
        {
            return null;
        }

        // The changed files are parsed once here, to know what they offer other files, before anything is compiled.
        var facts = new Dictionary<string, FileFacts>(old.Files, StringComparer.Ordinal);
        foreach (var path in changed)
        {
            facts.Remove(path);
            var tree = CSharpSourceFile.Parse(path, LazySourceTrees.Options(projectOf[path][0]), new Notifications(target.Root));
            if (tree is not null)
            {
                facts[path] = FileFacts.Of(tree);
            }
        }

        if (Invalidation.Stale(old, inputs, facts) is not { } stale)
        {
            return null;
        }

        var staleDocuments = old.Documents.Where(d => stale.Contains(d.Path)).ToList();
        var names = staleDocuments.SelectMany(d => d.LookedUpNames).ToHashSet(StringComparer.Ordinal);
        var callers = facts.Where(f => f.Value.CalledNames.Any(names.Contains)).SelectMany(f => projectOf.GetValueOrDefault(f.Key) ?? []);
        var needed = Closure(staleDocuments.Select(d => records[d.Project]).Concat(changed.SelectMany(c => projectOf[c])).Concat(callers), records);

        var loadNotifications = new Notifications(target.Root);
        var shells = old.Projects.Where(p => !needed.Contains(p.FilePath)).ToDictionary(p => p.FilePath, p => Shell(p, target.Root, facts), StringComparer.Ordinal);
        var projects = load(loadNotifications, path => shells.GetValueOrDefault(path));
        clock?.Count("projects compiled", projects.Count - shells.Count);
        clock?.Lap("load projects");
        if (projects.Any(p => !records.ContainsKey(p.FilePath)) || projects.Count != records.Count)
        {
            return null;
        }

        // A name is covered when every file that calls it belongs to compiled projects only.
        var callersOf = facts.SelectMany(f => f.Value.CalledNames.Select(n => (Name: n, File: f.Key)))
            .GroupBy(x => x.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(x => x.File).ToList(), StringComparer.Ordinal);
        bool Covered(string name) =>
            !callersOf.TryGetValue(name, out var files) || files.All(f => projectOf.GetValueOrDefault(f)?.All(p => needed.Contains(p.FilePath)) == true);

        var kept = Reusable(old, stale);
        var analysing = System.Diagnostics.Stopwatch.StartNew();
        var analysed = CodeExtractor.Analyse(projects, regions(), cancellationToken, clock, progress, (project, path) => Reuse(kept, project, path), record: true,
            knownSections: old.OptionsSections, keptPaths: project => shells.ContainsKey(project.FilePath) ? records[project.FilePath].SourceFiles : null,
            covered: Covered);
        clock?.Add("extract from C#: analyse the stale documents", analysing.Elapsed);
        if (analysed.Incomplete)
        {
            return null;
        }

        // What loading said about the projects that were not compiled is as before; what it said about the changed files
        // (parse problems) is what this load said.
        var changedRelative = changed.Select(c => PathText.Relative(target.Root, c)).ToHashSet(StringComparer.Ordinal);
        var notes = old.LoadNotifications.Where(n => n.Path is null || !changedRelative.Contains(n.Path)).Concat(loadNotifications.Recorded()).ToList();
        var entry = Entry(old, inputs, projects.Select(p => shells.ContainsKey(p.FilePath) ? records[p.FilePath] : Record(p)), notes, facts, analysed, kept);
        return new StageRun(projects, notes, analysed, entry);
    }

    /// <summary>Load and compile everything; analyse only the stale documents when an earlier entry says which.</summary>
    private static StageRun Fully(
        ScanTarget target, CacheEntry? old, IReadOnlyDictionary<string, string> inputs, Func<RegionCatalogue> regions,
        Func<Notifications, Func<string, LoadedProject?>?, IReadOnlyList<LoadedProject>> load, CancellationToken cancellationToken,
        StageClock? clock, IProgress<ScanProgress>? progress)
    {
        var loadNotifications = new Notifications(target.Root);
        var projects = load(loadNotifications, null);
        clock?.Count("projects compiled", projects.Count);
        clock?.Lap("load projects");
        var trees = projects.SelectMany(p => p.SourceTrees).GroupBy(t => t.FilePath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var facts = trees.AsParallel()
            .Select(pair => (pair.Key, Facts: old is not null && Changed(old.Inputs, inputs, pair.Key) is false && old.Files.TryGetValue(pair.Key, out var same) ? same : FileFacts.Of(pair.Value)))
            .ToDictionary(p => p.Key, p => p.Facts, StringComparer.Ordinal);
        var stale = old is null ? null : Invalidation.Stale(old, inputs, facts);
        var kept = old is null || stale is null ? [] : Reusable(old, stale);
        var analysed = CodeExtractor.Analyse(projects, regions(), cancellationToken, clock, progress, (project, path) => Reuse(kept, project, path), record: true,
            knownSections: stale is null ? null : old!.OptionsSections);
        var notes = loadNotifications.Recorded();
        return new StageRun(projects, notes, analysed, Entry(old, inputs, projects.Select(Record), notes, facts, analysed, kept));
    }

    private static CacheEntry Entry(
        CacheEntry? old, IReadOnlyDictionary<string, string> inputs, IEnumerable<ProjectRecord> projects, IReadOnlyList<Notification> notes,
        IReadOnlyDictionary<string, FileFacts> facts, AnalysedDocuments analysed, Dictionary<(string, string), DocumentRecord> kept)
    {
        var documents = analysed.Documents
            .Select(d => d.Reads is { } reads ? DocumentRecords.From(d.Project.FilePath, d.Result, reads) : kept[(d.Project.FilePath, d.Result.Path)])
            .ToList();
        return new CacheEntry(CacheEntry.CurrentFormat, old?.Key ?? string.Empty, inputs, [.. projects], notes, facts, documents,
            new Dictionary<string, string>(analysed.Bindings.Sections, StringComparer.Ordinal));
    }

    /// <summary>The kept results that are still valid, by project and path (a file compiled by two projects is a
    /// document of each).</summary>
    private static Dictionary<(string, string), DocumentRecord> Reusable(CacheEntry old, HashSet<string> stale) =>
        old.Documents.Where(d => !stale.Contains(d.Path)).GroupBy(d => (d.Project, d.Path)).ToDictionary(g => g.Key, g => g.First());

    private static DocumentExtraction? Reuse(Dictionary<(string, string), DocumentRecord> kept, LoadedProject project, string path) =>
        kept.TryGetValue((project.FilePath, path), out var record) ? DocumentRecords.ToExtraction(record, project) : null;

    /// <summary>The projects and every project they reference, directly or not.</summary>
    private static HashSet<string> Closure(IEnumerable<ProjectRecord> start, Dictionary<string, ProjectRecord> records)
    {
        var needed = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<ProjectRecord>(start);
        while (pending.TryPop(out var project))
        {
            if (needed.Add(project.FilePath))
            {
                foreach (var reference in project.ProjectReferences)
                {
                    if (records.TryGetValue(reference, out var referenced))
                    {
                        pending.Push(referenced);
                    }
                }
            }
        }

        return needed;
    }

    private static List<string> Changed(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> now) =>
        [.. before.Keys.Union(now.Keys, StringComparer.Ordinal).Where(path => Changed(before, now, path) is not false)];

    /// <summary>Whether an input changed; null when it is an input of only one of the two scans.</summary>
    private static bool? Changed(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> now, string path) =>
        before.TryGetValue(path, out var was) && now.TryGetValue(path, out var @is) ? was != @is : null;

    private static bool SameInputs(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> now) =>
        before.Count == now.Count && now.All(pair => before.TryGetValue(pair.Key, out var hash) && hash == pair.Value);

    /// <summary>The projects and results kept in the entry; null when the entry does not hold together (a document of
    /// a project it does not list), which makes it a miss.</summary>
    private static (IReadOnlyList<LoadedProject> Projects, IReadOnlyList<DocumentExtraction> Results)? Kept(CacheEntry old, string root)
    {
        try
        {
            var projects = old.Projects.Select(p => Shell(p, root, old.Files)).ToList();
            var byPath = projects.ToDictionary(p => p.FilePath, StringComparer.Ordinal);
            var results = old.Documents.Select(d => byPath.TryGetValue(d.Project, out var project) ? DocumentRecords.ToExtraction(d, project) : null).ToList();
            return results.Any(r => r is null) ? null : (projects, results.OfType<DocumentExtraction>().ToList());
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Stands in for every compilation that is not built. Nothing after extraction binds or asks a compilation
    /// for its name, and an empty compilation holds nothing to share, so one serves every project.</summary>
    private static readonly Compilation NotCompiled = CSharpCompilation.Create(assemblyName: null);

    /// <summary>A project as the later stages see it, without its compilation (<see cref="NotCompiled"/>).</summary>
    private static LoadedProject Shell(ProjectRecord project, string root, IReadOnlyDictionary<string, FileFacts> facts) =>
        new(project.FilePath, project.Name, project.IsExecutable, project.ProjectReferences, NotCompiled,
            new LazySourceTrees(project.SourceFiles, LazySourceTrees.Options(project), root, facts), project.SyntaxOnly);

    private static ProjectRecord Record(LoadedProject project)
    {
        var options = project.SourceTrees.Concat(project.Compilation.SyntaxTrees).Select(t => t.Options).OfType<CSharpParseOptions>().FirstOrDefault()
            ?? CSharpParseOptions.Default;
        return new ProjectRecord(project.FilePath, project.Name, project.IsExecutable, [.. project.ProjectReferences], project.SyntaxOnly,
            [.. project.SourceTrees.Select(t => t.FilePath)], options.LanguageVersion.ToDisplayString(), [.. options.PreprocessorSymbolNames]);
    }
}
