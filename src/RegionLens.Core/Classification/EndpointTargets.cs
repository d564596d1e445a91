using System.Collections.Generic;
using System.Linq;
using RegionLens.Core.Extraction;

namespace RegionLens.Core.Classification;

/// <summary>One endpoint a value names, classified; <see cref="Family"/> is the connection-string family it came
/// from (<c>sqlserver</c>, <c>redis</c>…), null when the value was a host or URL; <see cref="Text"/> is the text that was
/// classified (the whole value, or the host the connection string names).</summary>
public sealed class EndpointTarget
{
    public EndpointTarget(string text, EndpointClassification endpoint, string? family)
    {
        Text = text;
        Endpoint = endpoint;
        Family = family;
    }

    public string Text { get; }
    public EndpointClassification Endpoint { get; }
    public string? Family { get; }
    public bool FromConnectionString => Family is not null;
}

/// <summary>
/// The endpoints a value names: each host of a connection string (or of a server list, for the sinks that take one),
/// or the value itself as a URL or host. What names nothing classifiable (a relative URI) gives nothing. Shared by
/// the scanner's classifier and the analyzers.
/// </summary>
public static class EndpointTargets
{
    public static IReadOnlyList<EndpointTarget> Of(string rawValue, string sink, RegionCatalogue regions)
    {
        var targets = ConnectionStringParser.Parse(rawValue)
            ?? (ConnectionSinks.ServerListFamily(sink) is { } family ? ConnectionStringParser.ParseServerList(rawValue, family) : null);
        if (targets is not null)
        {
            return targets
                .Select(target => EndpointClassifier.Classify(target.Host, regions) is { } endpoint ? new EndpointTarget(target.Host, endpoint, target.Family) : null)
                .OfType<EndpointTarget>()
                .ToList();
        }

        return EndpointClassifier.Classify(rawValue, regions) is { } single ? new[] { new EndpointTarget(rawValue, single, null) } : new EndpointTarget[0];
    }
}
