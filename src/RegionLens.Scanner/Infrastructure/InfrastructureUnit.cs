namespace RegionLens.Scanner.Infrastructure;

/// <summary>
/// A deployable unit that is not a C# project: a Terraform module folder, a CloudFormation/SAM, Bicep or ARM template
/// (<see cref="Kind"/> <c>stack</c>), or a Kubernetes manifest, compose file, Helm chart, Dockerfile or nginx
/// configuration whose workload is not a project of the scan (<c>deployment</c>). A file that states nothing and
/// deploys no other file is no unit. <see cref="Path"/> is absolute. <see cref="IncludedBy"/> lists the units that
/// include this one (a Terraform module called from a root module, a Bicep module, an ARM linked template, a nested
/// stack), the way an executable includes a library.
/// </summary>
public sealed record InfrastructureUnit(string Path, string Name, string Kind, IReadOnlyList<string> IncludedBy);

/// <summary>The facts of one unit, or of one project when a deployment file's workload runs it.</summary>
/// <param name="Owner">The absolute path of the project file or of the unit.</param>
public sealed record OwnedFacts(string Owner, InfrastructureFacts Facts);
