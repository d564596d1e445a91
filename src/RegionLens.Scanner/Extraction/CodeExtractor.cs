using System.Diagnostics;
using Microsoft.CodeAnalysis;
using RegionLens.Core.Classification;
using RegionLens.Core.Extraction;
using RegionLens.Core.Model;
using RegionLens.Core.Observations;
using RegionLens.Scanner.Caching;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Loading;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Extraction;

/// <summary>Runs the core's C# collectors over every loaded project. Values are followed across projects: a constant
/// declared in a referenced library resolves through that library's own semantic model, a parameter through the
/// arguments of calls anywhere in the solution, an options property through the section its class is bound to.
/// Documents are analysed in parallel; their results are merged in project and path order, so the output does not
/// depend on which thread finished first.</summary>
internal static class CodeExtractor
{
    public static CodeExtraction Extract(
        IReadOnlyList<LoadedProject> projects, RegionCatalogue regions, Notifications notifications, CancellationToken cancellationToken,
        StageClock? clock = null, IProgress<ScanProgress>? progress = null) =>
        Merge(Analyse(projects, regions, cancellationToken, clock, progress).Documents.Select(d => d.Result), notifications);

    /// <summary>Analyses every document of the projects, in project and path order.</summary>
    /// <param name="reuse">A result kept from an earlier scan for a document (its project, its path), or null to
    /// analyse it.</param>
    /// <param name="record">Record what each analysed document reads beyond its own text (see <see cref="DependencyRecorder"/>).</param>
    /// <param name="knownSections">The options bindings an earlier scan found, when nothing that binds them changed.</param>
    /// <param name="keptPaths">For a project that was not compiled because every result of it is kept: the paths of
    /// its documents (null for a compiled project). Its trees are not read.</param>
    /// <param name="covered">Whether every call site of a name lies in a compiled project; a lookup of a name that is
    /// not covered makes <see cref="AnalysedDocuments.Incomplete"/> true, as its callers' values may be missing.</param>
    public static AnalysedDocuments Analyse(
        IReadOnlyList<LoadedProject> projects, RegionCatalogue regions, CancellationToken cancellationToken,
        StageClock? clock = null, IProgress<ScanProgress>? progress = null,
        Func<LoadedProject, string, DocumentExtraction?>? reuse = null, bool record = false, IReadOnlyDictionary<string, string>? knownSections = null,
        Func<LoadedProject, IReadOnlyList<string>?>? keptPaths = null, Func<string, bool>? covered = null)
    {
        var indexing = Stopwatch.StartNew();
        var compiled = projects.Where(p => keptPaths?.Invoke(p) is null).ToList();
        var models = SemanticModels.Of(compiled);
        SemanticModel? ModelFor(SyntaxTree tree)
        {
            DependencyRecorder.File(tree.FilePath);
            return models.For(tree);
        }

        var incomplete = false;
        void LookedUp(string name)
        {
            DependencyRecorder.Name(name);
            if (covered is not null && !covered(name))
            {
                Volatile.Write(ref incomplete, true);
            }
        }

        var ownTrees = compiled.SelectMany(p => p.SourceTrees).ToList();
        var bindings = knownSections is not null
            ? OptionsBindings.Of(knownSections, DependencyRecorder.OptionsBindings)
            : OptionsBindings.Find(ownTrees, models.For, DependencyRecorder.OptionsBindings, Environment.ProcessorCount);
        var resolver = new ValueResolver(ModelFor, new CallSiteIndex(ownTrees, ModelFor, LookedUp), bindings);
        clock?.Add("extract from C#: call-site index and options bindings", indexing.Elapsed);

        var documents = projects
            .SelectMany(project => keptPaths?.Invoke(project) is { } paths
                ? paths.Order(StringComparer.Ordinal).Select(path => (Project: project, Path: path, Tree: (SyntaxTree?)null))
                : project.SourceTrees.OrderBy(t => t.FilePath, StringComparer.Ordinal).Select(tree => (Project: project, Path: tree.FilePath, Tree: (SyntaxTree?)tree)))
            .ToList();
        var collector = new CSharpEvidenceCollector(regions);
        var results = new AnalysedDocument[documents.Count];
        var parallelism = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        var finished = 0;
        var analysed = 0;
        progress?.Report(new ScanProgress(ScanStage.AnalysingCode, 0, documents.Count));
        Parallel.For(0, documents.Count, parallelism, index =>
        {
            var (project, path, tree) = documents[index];
            if (reuse?.Invoke(project, path) is { } kept)
            {
                results[index] = new AnalysedDocument(project, kept, null);
            }
            else
            {
                if (tree is null)
                {
                    throw new InvalidOperationException($"no kept result for {path}, whose project was not compiled");
                }

                var reads = record ? new DocumentReads() : null;
                using (DependencyRecorder.Begin(reads))
                {
                    results[index] = new AnalysedDocument(project, DocumentExtraction.Of(project, ModelFor(tree)!, collector, resolver, regions), reads);
                }

                Interlocked.Increment(ref analysed);
            }

            // Counted as documents finish, on whichever thread finished; the display keeps the highest count it saw.
            progress?.Report(new ScanProgress(ScanStage.AnalysingCode, Interlocked.Increment(ref finished), documents.Count));
        });

        clock?.Count("documents analysed", analysed);
        clock?.Count("documents in the solution", documents.Count);
        return new AnalysedDocuments(results, bindings, Volatile.Read(ref incomplete));
    }

    /// <summary>The documents' results merged in their order, each failure as an error notification.</summary>
    public static CodeExtraction Merge(IEnumerable<DocumentExtraction> results, Notifications notifications)
    {
        var found = new List<OwnedEvidence>();
        var observed = new List<Observation>();
        var clients = new List<ProjectClient>();
        foreach (var result in results)
        {
            found.AddRange(result.Evidence);
            observed.AddRange(result.Observations);
            clients.AddRange(result.Clients);
            if (result.Failure is { } failure)
            {
                notifications.Add(NotificationLevel.Error, failure, result.Path);
            }
        }

        return new CodeExtraction(found, observed, clients);
    }
}

/// <summary>One document's result, and what it read when it was analysed in this scan (null when kept from a cache or
/// not recorded).</summary>
internal sealed record AnalysedDocument(LoadedProject Project, DocumentExtraction Result, DocumentReads? Reads);

/// <summary>Every document's result in project and path order, the options bindings they were resolved against, and
/// whether a document looked up a name some of whose call sites were not compiled (its result may then be short).</summary>
internal sealed record AnalysedDocuments(IReadOnlyList<AnalysedDocument> Documents, OptionsBindings Bindings, bool Incomplete);

/// <summary>What the C# of a solution yields: evidence of values, observations of patterns, and the effective region
/// of each SDK client.</summary>
internal sealed record CodeExtraction(IReadOnlyList<OwnedEvidence> Evidence, IReadOnlyList<Observation> Observations, IReadOnlyList<ProjectClient> Clients);

/// <summary>An SDK client and the project that creates it.</summary>
internal sealed record ProjectClient(LoadedProject Project, ClientRegion Client);
