using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Extraction;

namespace RegionLens.Scanner.Infrastructure;

/// <summary>
/// Facts as evidence for the classifier, with origin <c>iac</c>: each region (a data store's home and replica regions
/// included, so that a replicated store shows both), each endpoint, and each name server of a resolver setting.
/// Values that stayed unresolved (<c>{var.region}</c>) name nothing classifiable and are left to the rules that read
/// the facts. A value already joined to code as configuration (a compose variable the code reads) is not repeated.
/// </summary>
internal static class InfrastructureEvidence
{
    public static IEnumerable<OwnedEvidence> From(IReadOnlyList<OwnedFacts> facts, IReadOnlyCollection<SourceLocation> joined)
    {
        foreach (var (owner, item) in facts)
        {
            foreach (var region in item.Regions.Where(r => r.Region.IsResolved && !joined.Contains(r.Region.Location)))
            {
                yield return Evidence(owner, EvidenceKind.Region, region.Region, region.Subject, region.IsDeployTarget);
            }

            // A reader may state a store's regions as region declarations too (Cosmos locations); each place is one region.
            var declared = item.Regions.Select(r => r.Region.Location).ToHashSet();
            foreach (var store in item.DataStores)
            {
                var subject = $"{store.Kind} {store.LogicalName}";
                if (store.Region is { IsResolved: true } home && !declared.Contains(home.Location))
                {
                    yield return Evidence(owner, EvidenceKind.Region, home, subject, infrastructure: true);
                }

                foreach (var replica in store.ReplicaRegions.Where(r => r.IsResolved && !declared.Contains(r.Location)))
                {
                    yield return Evidence(owner, EvidenceKind.Region, replica, subject + " replica", infrastructure: true);
                }
            }

            foreach (var endpoint in item.Endpoints.Where(e => e.Value.IsResolved && !joined.Contains(e.Value.Location)))
            {
                yield return Evidence(owner, EvidenceKind.Endpoint, endpoint.Value, endpoint.Subject, infrastructure: false);
            }

            foreach (var resolver in item.Resolvers)
            {
                foreach (var server in resolver.Servers.Where(s => s.IsResolved && !joined.Contains(s.Location)))
                {
                    yield return Evidence(owner, EvidenceKind.Resolver, server, resolver.Setting, infrastructure: false);
                }
            }
        }
    }

    private static OwnedEvidence Evidence(string owner, EvidenceKind kind, IacValue value, string sink, bool infrastructure) =>
        new(owner, new Evidence(kind, value.Text, null, sink, [value.Location], Confidence.Semantic, value.IsResolved, infrastructure), Origin.Iac);
}
