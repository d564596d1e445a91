namespace RegionLens.Scanner.Infrastructure.Terraform;

/// <summary>
/// Reads one Terraform module folder (its <c>.tf</c>, <c>.tf.json</c> and <c>.tfvars</c> files, which Terraform reads
/// as one configuration) into <see cref="InfrastructureFacts"/>. A file that does not parse becomes a
/// <see cref="TerraformProblem"/> and the others are still read; no exception escapes for any input.
/// </summary>
public static class TerraformModuleReader
{
    public static TerraformModuleResult Read(string folder, IReadOnlyList<string> files) => Read(folder, files, inputs: null);

    /// <summary>
    /// Reads a module called from another one: <paramref name="inputs"/> are the caller's arguments
    /// (<see cref="TerraformModuleCall.Inputs"/>), which win over the variables' defaults, and <c>providers.aws</c>
    /// gives the region of a provider the caller hands down, used when the module configures none itself.
    /// </summary>
    public static TerraformModuleResult Read(string folder, IReadOnlyList<string> files, IReadOnlyDictionary<string, IacValue>? inputs)
    {
        var problems = new List<TerraformProblem>();
        var facts = new FactsBuilder();
        var calls = new List<TerraformModuleCall>();
        try
        {
            var module = TerraformModule.Build(folder, TerraformFiles.Load(files, problems), inputs);
            Guard(folder, problems, () => TerraformRegions.Read(module, facts));
            Guard(folder, problems, () => TerraformDataStores.Read(module, facts));
            Guard(folder, problems, () => TerraformRouting.Read(module, facts));
            Guard(folder, problems, () => TerraformEndpoints.Read(module, facts));
            Guard(folder, problems, () => calls.AddRange(TerraformModules.Read(module, facts)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            problems.Add(Defect(folder, e));
        }

        return new TerraformModuleResult(
            facts.Build(),
            [.. calls.OrderBy(c => c.Location)],
            [.. problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line)]);
    }

    /// <summary>A defect in one extractor costs its facts, not the others'.</summary>
    private static void Guard(string folder, List<TerraformProblem> problems, Action extract)
    {
        try
        {
            extract();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            problems.Add(Defect(folder, e));
        }
    }

    private static TerraformProblem Defect(string folder, Exception e) =>
        new(folder, 0, null, $"the module could not be fully read ({e.GetType().Name}: {e.Message})");
}
