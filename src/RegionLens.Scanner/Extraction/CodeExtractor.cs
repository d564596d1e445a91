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
/// arguments of calls anywhere in the solution, an options property through the section its class is bound to.</summary>
internal static class CodeExtractor
{
    public static CodeExtraction Extract(
        IReadOnlyList<LoadedProject> projects, RegionCatalogue regions, Notifications notifications, CancellationToken cancellationToken,
        StageClock? clock = null)
    {
        var indexing = Stopwatch.StartNew();
        var compilationOfTree = new Dictionary<SyntaxTree, Compilation>();
        foreach (var project in projects)
        {
            foreach (var tree in project.Compilation.SyntaxTrees)
            {
                compilationOfTree.TryAdd(tree, project.Compilation);
            }
        }

        // One semantic model per tree: a model caches what it has bound, and values are followed across files often.
        var models = new Dictionary<SyntaxTree, SemanticModel>();
        SemanticModel? ModelFor(SyntaxTree tree)
        {
            if (!models.TryGetValue(tree, out var model) && compilationOfTree.TryGetValue(tree, out var compilation))
            {
                model = compilation.GetSemanticModel(tree);
                models[tree] = model;
            }

            return model;
        }

        var ownTrees = projects.SelectMany(p => p.SourceTrees).ToList();
        var resolver = new ValueResolver(ModelFor, new CallSiteIndex(ownTrees, ModelFor), OptionsBindings.Find(ownTrees, ModelFor));
        clock?.Add("extract from C#: call-site index and options bindings", indexing.Elapsed);
        var collector = new CSharpEvidenceCollector(regions);
        var found = new List<OwnedEvidence>();
        var observed = new List<Observation>();
        var clients = new List<ProjectClient>();
        foreach (var project in projects)
        {
            foreach (var tree in project.SourceTrees.OrderBy(t => t.FilePath, StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var model = ModelFor(tree)!;
                try
                {
                    found.AddRange(collector.Collect(model, resolver)
                        .Select(evidence => new OwnedEvidence(project.FilePath, evidence, evidence.IsInfrastructure ? Origin.Iac : Origin.Code)));
                    observed.AddRange(CSharpObservationCollector.Collect(model));
                    clients.AddRange(AwsClientRegions.Collect(model, resolver, regions).Select(client => new ProjectClient(project, client)));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One file that trips the extractor must not cost the rest of the scan; it is a bug to report.
                    notifications.Add(NotificationLevel.Error, $"internal error while analysing this file ({e.GetType().Name}: {e.Message}); please report it", tree.FilePath);
                }
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
