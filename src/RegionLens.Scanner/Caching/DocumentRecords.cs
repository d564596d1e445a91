using RegionLens.Core.Model;
using RegionLens.Scanner.Extraction;
using RegionLens.Scanner.Loading;

namespace RegionLens.Scanner.Caching;

/// <summary>Turns a document's extraction into plain data and back; clients are re-linked to their project by path.</summary>
internal static class DocumentRecords
{
    public static DocumentRecord From(string project, DocumentExtraction result, DocumentReads reads)
    {
        var evidence = result.Evidence.Select(e => new EvidenceRecord(
            e.Evidence.Kind, e.Evidence.Value, e.Evidence.ConfigKey, e.Evidence.Sink, Locations(e.Evidence.Locations), e.Evidence.Confidence,
            e.Evidence.IsComplete, e.Evidence.IsInfrastructure, e.Origin)).ToList();
        var observations = result.Observations.Select(o => new ObservationRecord(o.Kind, o.Detail, Locations(o.Locations), o.Confidence)).ToList();
        var clients = result.Clients.Select(c => new ClientRecord(
            c.Client.Client, c.Client.Source, [.. c.Client.Values], Locations(c.Client.Locations), c.Client.Confidence)).ToList();
        // Every file the result points into is a dependency too: a line moved there moves a location here.
        var pointedAt = evidence.SelectMany(e => e.Locations).Concat(observations.SelectMany(o => o.Locations)).Concat(clients.SelectMany(c => c.Locations))
            .Select(l => l.Path);
        var files = reads.Files.Concat(pointedAt).Where(f => !string.Equals(f, result.Path, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new DocumentRecord(result.Path, project, evidence, observations, clients, result.Failure, files,
            [.. reads.Names.Order(StringComparer.Ordinal)], reads.UsedOptionsBindings);
    }

    public static DocumentExtraction ToExtraction(DocumentRecord record, LoadedProject project)
    {
        var evidence = record.Evidence.Select(e => new OwnedEvidence(project.FilePath,
            new Evidence(e.Kind, e.Value, e.ConfigKey, e.Sink, ToLocations(e.Locations), e.Confidence, e.IsComplete, e.IsInfrastructure), e.Origin)).ToList();
        var observations = record.Observations.Select(o => new Observation(o.Kind, o.Detail, ToLocations(o.Locations), o.Confidence)).ToList();
        var clients = record.Clients.Select(c => new ProjectClient(project,
            new ClientRegion(c.Client, c.Source, [.. c.Values], ToLocations(c.Locations), c.Confidence))).ToList();
        return new DocumentExtraction(record.Path, evidence, observations, clients, record.Failure);
    }

    private static List<LocationRecord> Locations(IEnumerable<SourceLocation> locations) => [.. locations.Select(LocationRecord.Of)];

    private static List<SourceLocation> ToLocations(IEnumerable<LocationRecord> locations) => [.. locations.Select(l => l.ToLocation())];
}
