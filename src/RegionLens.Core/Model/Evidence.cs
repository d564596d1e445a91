using System.Collections.Generic;

namespace RegionLens.Core.Model;

/// <summary>
/// A raw value (or a reference to one, such as a configuration key) that an extractor found, with every location
/// that contributes to it: where the literal is written first, then where it is consumed.
/// </summary>
public sealed class Evidence
{
    public Evidence(
        EvidenceKind kind,
        string? value,
        string? configKey,
        string sink,
        IReadOnlyList<SourceLocation> locations,
        Confidence confidence,
        bool isComplete = true,
        bool isInfrastructure = false)
    {
        Kind = kind;
        Value = value;
        ConfigKey = configKey;
        Sink = sink;
        Locations = locations;
        Confidence = confidence;
        IsComplete = isComplete;
        IsInfrastructure = isInfrastructure;
    }

    public EvidenceKind Kind { get; }

    /// <summary>The value as far as it resolved; unknown parts are written as <c>{name}</c>. Null while it is only a
    /// configuration reference (<see cref="ConfigKey"/>) waiting to be joined with a configuration file.</summary>
    public string? Value { get; }

    /// <summary>The configuration key (<c>AWS:Region</c>) the value is read from, when it comes from configuration.</summary>
    public string? ConfigKey { get; }

    /// <summary>What consumes the value, e.g. <c>RegionEndpoint.GetBySystemName</c> or <c>ClientConfig.ServiceURL</c>.</summary>
    public string Sink { get; }

    public IReadOnlyList<SourceLocation> Locations { get; }
    public Confidence Confidence { get; }

    /// <summary>False when part of the value stayed unknown and is a placeholder.</summary>
    public bool IsComplete { get; }

    /// <summary>The value defines infrastructure (an AWS CDK stack's region, a table's replicas) rather than
    /// something the application connects to: it is reported with origin <c>iac</c>.</summary>
    public bool IsInfrastructure { get; }

    /// <summary>The value is written in code: a literal or constant, not read from configuration.</summary>
    public bool IsHardCoded => ConfigKey is null && Value is not null;
}
