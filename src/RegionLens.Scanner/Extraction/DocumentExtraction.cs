using Microsoft.CodeAnalysis;
using RegionLens.Core.Classification;
using RegionLens.Core.Extraction;
using RegionLens.Core.Model;
using RegionLens.Core.Observations;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Loading;

namespace RegionLens.Scanner.Extraction;

/// <summary>What one C# document yields, or why it yielded nothing: the unit of work that runs on its own thread.</summary>
internal sealed record DocumentExtraction(
    string Path, IReadOnlyList<OwnedEvidence> Evidence, IReadOnlyList<Observation> Observations, IReadOnlyList<ProjectClient> Clients, string? Failure)
{
    public static DocumentExtraction Of(LoadedProject project, SemanticModel model, CSharpEvidenceCollector collector, ValueResolver resolver, RegionCatalogue regions)
    {
        var path = model.SyntaxTree.FilePath;
        try
        {
            var evidence = collector.Collect(model, resolver)
                .Select(found => new OwnedEvidence(project.FilePath, found, found.IsInfrastructure ? Origin.Iac : Origin.Code))
                .ToList();
            var observations = CSharpObservationCollector.Collect(model);
            var clients = AwsClientRegions.Collect(model, resolver, regions).Select(client => new ProjectClient(project, client)).ToList();
            return new DocumentExtraction(path, evidence, observations, clients, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One file that trips the extractor must not cost the rest of the scan; it is a bug to report.
            return new DocumentExtraction(path, [], [], [], $"internal error while analysing this file ({e.GetType().Name}: {e.Message}); please report it");
        }
    }
}
