using RegionLens.Core.Model;
using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Extraction;

/// <summary>
/// Evidence with what owns it and where its value finally came from (after joining configuration). <see cref="Owner"/>
/// is the absolute path of the project file for code and configuration, or of the infrastructure unit (a Terraform
/// module folder, a template, a manifest) for IaC and deployment files whose workload is not a project of the scan.
/// </summary>
public sealed record OwnedEvidence(string Owner, Evidence Evidence, Origin Origin, string? Environment = null);
