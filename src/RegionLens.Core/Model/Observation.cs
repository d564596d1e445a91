using System;
using System.Collections.Generic;
using System.Linq;

namespace RegionLens.Core.Model;

/// <summary>What kind of pattern an <see cref="Observation"/> is.</summary>
public enum ObservationKind
{
    /// <summary>A long-lived <c>HttpClient</c> (static or singleton) whose connections never re-resolve DNS.</summary>
    LongLivedHttpClient,

    /// <summary>An <c>HttpClient</c> created and disposed per call.</summary>
    HttpClientPerCall,

    /// <summary>A cloud control-plane operation (create, describe, change) called from application code.</summary>
    ControlPlaneCall,

    /// <summary>A multi-region-capable client told to stay on one endpoint or region (Cosmos <c>LimitToEndpoint</c>).</summary>
    SingleRegionClient,
}

/// <summary>
/// A pattern in code that matters for resilience but is not a value: how an HTTP client is held, where a
/// control-plane operation is called. Rules turn observations into findings.
/// </summary>
public sealed class Observation
{
    public Observation(ObservationKind kind, string detail, IReadOnlyList<SourceLocation> locations, Confidence confidence)
    {
        Kind = kind;
        Detail = detail;
        Locations = locations;
        Confidence = confidence;
    }

    public ObservationKind Kind { get; }

    /// <summary>The same observation with its paths rewritten (made relative to the scan root).</summary>
    public Observation WithPaths(Func<string, string> path) =>
        new(Kind, Detail, Locations.Select(l => l.WithPath(path(l.Path))).ToList(), Confidence);

    /// <summary>What was seen, in words a finding message can use.</summary>
    public string Detail { get; }

    public IReadOnlyList<SourceLocation> Locations { get; }
    public Confidence Confidence { get; }
}
