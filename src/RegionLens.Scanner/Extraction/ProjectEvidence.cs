using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Loading;

namespace RegionLens.Scanner.Extraction;

/// <summary>Evidence found in one project, with where its value finally came from (after joining configuration).</summary>
public sealed record ProjectEvidence(LoadedProject Project, Evidence Evidence, Origin Origin, string? Environment = null);
