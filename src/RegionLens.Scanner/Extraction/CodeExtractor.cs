using System.Diagnostics;
using Microsoft.CodeAnalysis;
using RegionLens.Core.Classification;
using RegionLens.Core.Extraction;
using RegionLens.Core.Model;
using RegionLens.Core.Observations;
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
        StageClock? clock = null, IProgress<ScanProgress>? progress = null)
    {
        var indexing = Stopwatch.StartNew();
        var models = SemanticModels.Of(projects);
        var ownTrees = projects.SelectMany(p => p.SourceTrees).ToList();
        var resolver = new ValueResolver(models.For, new CallSiteIndex(ownTrees, models.For), OptionsBindings.Find(ownTrees, models.For, Environment.ProcessorCount));
        clock?.Add("extract from C#: call-site index and options bindings", indexing.Elapsed);

        var documents = projects
            .SelectMany(project => project.SourceTrees.OrderBy(t => t.FilePath, StringComparer.Ordinal).Select(tree => (Project: project, Tree: tree)))
            .ToList();
        var collector = new CSharpEvidenceCollector(regions);
        var results = new DocumentExtraction[documents.Count];
        var parallelism = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        var analysed = 0;
        progress?.Report(new ScanProgress(ScanStage.AnalysingCode, 0, documents.Count));
        Parallel.For(0, documents.Count, parallelism, index =>
        {
            var (project, tree) = documents[index];
            results[index] = DocumentExtraction.Of(project, models.For(tree)!, collector, resolver, regions);
            // Counted as documents finish, on whichever thread finished; the display keeps the highest count it saw.
            progress?.Report(new ScanProgress(ScanStage.AnalysingCode, Interlocked.Increment(ref analysed), documents.Count));
        });

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

/// <summary>What the C# of a solution yields: evidence of values, observations of patterns, and the effective region
/// of each SDK client.</summary>
internal sealed record CodeExtraction(IReadOnlyList<OwnedEvidence> Evidence, IReadOnlyList<Observation> Observations, IReadOnlyList<ProjectClient> Clients);

/// <summary>An SDK client and the project that creates it.</summary>
internal sealed record ProjectClient(LoadedProject Project, ClientRegion Client);
