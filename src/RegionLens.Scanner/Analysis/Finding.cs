using RegionLens.Core.Model;
using RegionLens.Core.Rules;

namespace RegionLens.Scanner.Analysis;

/// <summary>A rule's result. The first location is the primary one; paths are relative to the scan root.
/// A suppressed finding is still reported, marked with its <c>Suppression</c>, but never fails a run. <c>Path</c> is the
/// graph path a choke point is about (node ids, component first, failure domain last); null for the other rules.
/// <c>Flows</c> are a choke point's lost dependencies, each as the places that lead from its use to the failed domain.</summary>
public sealed record Finding(
    string RuleId, RuleLevel Level, string Message, IReadOnlyList<SourceLocation> Locations, Suppression? Suppression = null,
    IReadOnlyList<string>? Path = null, IReadOnlyList<FindingFlow>? Flows = null);

/// <summary>One way a finding comes about, as SARIF shows it (a code flow): what it is, when that needs saying, and the
/// places in order.</summary>
public sealed record FindingFlow(string? Message, IReadOnlyList<FlowStep> Steps);

/// <summary>One place of a <see cref="FindingFlow"/> and what happens there.</summary>
public sealed record FlowStep(SourceLocation Location, string Message);

/// <summary>Why a finding is accepted: an in-source comment (<c>regionlens-disable-next-line RL0001 -- reason</c>) at
/// <see cref="Location"/>. <see cref="Justification"/> is empty when the comment gives no reason; <see cref="Until"/> is the
/// last day the comment counts.</summary>
public sealed record Suppression(string Justification, SourceLocation Location, DateOnly? Until);
