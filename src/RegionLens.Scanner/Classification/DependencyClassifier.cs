using RegionLens.Core.Classification;
using RegionLens.Core.Extraction;
using RegionLens.Core.Model;
using RegionLens.Core.Redaction;
using RegionLens.Scanner.Extraction;
using RegionLens.Scanner.Graph;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Classification;

/// <summary>
/// Turns evidence into dependencies: a region code checked against the catalogue, a URL or host parsed by the
/// provider grammars. Evidence that names nothing classifiable (a relative URI) is dropped here. Evidence that
/// names the same thing in the same project through the same surface is merged, keeping every location.
/// </summary>
internal sealed class DependencyClassifier(string root, RegionCatalogue regions, ComponentMap components)
{
    public IReadOnlyList<Dependency> Classify(IEnumerable<OwnedEvidence> found)
    {
        var merged = new Dictionary<string, Dependency>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var dependency in found.SelectMany(ClassifyOne))
        {
            if (merged.TryGetValue(dependency.Id, out var existing))
            {
                merged[dependency.Id] = existing with { Locations = [.. existing.Locations.Concat(dependency.Locations).Distinct()] };
            }
            else
            {
                merged[dependency.Id] = dependency;
                order.Add(dependency.Id);
            }
        }

        return [.. order.Select(id => merged[id])
            .OrderBy(d => d.Component, StringComparer.Ordinal)
            .ThenBy(d => d.Locations[0].Path, StringComparer.Ordinal)
            .ThenBy(d => d.Locations[0].Line)
            .ThenBy(d => d.Locations[0].Column)
            .ThenBy(d => d.Id, StringComparer.Ordinal)];
    }

    private IEnumerable<Dependency> ClassifyOne(OwnedEvidence item)
    {
        var evidence = item.Evidence;
        if (evidence.Value is null)
        {
            return [];
        }

        var component = PathText.Relative(root, item.Owner);
        var locations = evidence.Locations.Select(l => l.WithPath(PathText.Relative(root, l.Path))).ToList();
        var common = new Dependency(evidence.Kind, SecretRedactor.Redact(evidence.Value), "other", null, null, null, null, null, null,
            item.Origin, component, components.UsedBy(item.Owner), item.Environment, evidence.Confidence, evidence.Sink,
            evidence.ConfigKey, locations, null, Deploys: evidence.IsInfrastructure && evidence.Kind == EvidenceKind.Region);
        return evidence.Kind == EvidenceKind.Region ? [AsRegion(common)] : AsEndpoints(common, evidence.Value, regions);
    }

    /// <summary>A connection string names one or more hosts, each its own dependency that keeps the (redacted)
    /// connection string it came from; any other value names at most one endpoint.</summary>
    private static IEnumerable<Dependency> AsEndpoints(Dependency dependency, string rawValue, RegionCatalogue regions)
    {
        var connectionString = SecretRedactor.Redact(rawValue);
        return EndpointTargets.Of(rawValue, dependency.Sink, regions)
            .Select(target => target.FromConnectionString
                ? AsEndpoint(dependency, target) with { Service = target.Endpoint.Service ?? target.Family, ConnectionString = connectionString }
                : AsEndpoint(dependency, target))
            .ToList();
    }

    private Dependency AsRegion(Dependency dependency)
    {
        if (RegionNames.Identify(dependency.Value, regions) is { } known)
        {
            var partition = regions.FindByCode(known.Region)?.Partition;
            return dependency with { Provider = known.Provider, Region = known.Region, Partition = partition, Scope = EndpointScope.Regional };
        }

        // An unknown code is reported as unknown, never mapped to the nearest real region.
        return EndpointClassifier.LooksLikeRegionCode(dependency.Value)
            ? dependency with { Provider = "aws", Scope = EndpointScope.Unknown, Note = "unknown region code" }
            : dependency with { Scope = EndpointScope.Unknown, Note = "not a region code" };
    }

    private static Dependency AsEndpoint(Dependency dependency, EndpointTarget target)
    {
        var endpoint = target.Endpoint;
        return dependency with
        {
            Value = endpoint.Host,
            Url = string.Equals(endpoint.Host, target.Text, StringComparison.OrdinalIgnoreCase) ? null : SecretRedactor.Redact(target.Text),
            Kind = dependency.Kind == EvidenceKind.Resolver ? EvidenceKind.Resolver : endpoint.IsIpAddress ? EvidenceKind.Ip : EvidenceKind.Endpoint,
            Provider = endpoint.Provider,
            Service = endpoint.Service,
            Region = endpoint.Region,
            Partition = endpoint.Partition,
            Scope = endpoint.Scope,
            HomeRegion = endpoint.HomeRegion,
            Zone = endpoint.Zone,
            Note = endpoint.Note,
        };
    }
}
