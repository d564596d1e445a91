using RegionLens.Core.Model;
using RegionLens.Core.Rules;

namespace RegionLens.Scanner.Analysis;

/// <summary>A rule's result. The first location is the primary one; paths are relative to the scan root.</summary>
public sealed record Finding(string RuleId, RuleLevel Level, string Message, IReadOnlyList<SourceLocation> Locations);
