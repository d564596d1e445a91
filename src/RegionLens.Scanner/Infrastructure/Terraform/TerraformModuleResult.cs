using RegionLens.Core.Model;

namespace RegionLens.Scanner.Infrastructure.Terraform;

/// <summary>What one Terraform module folder states, the modules it calls, and the files that could not be read.</summary>
public sealed record TerraformModuleResult(
    InfrastructureFacts Facts,
    IReadOnlyList<TerraformModuleCall> Modules,
    IReadOnlyList<TerraformProblem> Problems);

/// <summary>
/// A <c>module "name" { source = … }</c> block. <see cref="LocalFolder"/> is set when the source is a relative path, so
/// the caller can read that folder too, passing <see cref="Inputs"/> (the call's arguments that evaluate to text, and
/// <c>providers.aws</c> for the region of a provider handed down with <c>providers = { aws = aws.west }</c>) to
/// <see cref="TerraformModuleReader.Read(string, IReadOnlyList{string}, IReadOnlyDictionary{string, IacValue}?)"/>.
/// </summary>
public sealed record TerraformModuleCall(
    string Name,
    string Source,
    string? LocalFolder,
    SourceLocation Location,
    IReadOnlyDictionary<string, IacValue>? Inputs = null);

/// <summary>A file of the module that failed to parse; the module's other files are still read.</summary>
public sealed record TerraformProblem(string Path, int Line, int? Column, string Reason);
