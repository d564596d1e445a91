using RegionLens.Scanner.Configuration.Terraform;

namespace RegionLens.Scanner.Infrastructure.Terraform;

/// <summary>
/// Parses each file of a module on its own, so one broken file becomes a <see cref="TerraformProblem"/> and the others
/// are still read. Variable files come back in the order their values apply, the last one winning.
/// </summary>
internal static class TerraformFiles
{
    public static List<TerraformFile> Load(IReadOnlyList<string> files, List<TerraformProblem> problems)
    {
        var loaded = new List<TerraformFile>();
        foreach (var path in files.Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal))
        {
            var isVariables = IsVariablesFile(path);
            if (!isVariables && !path.EndsWith(".tf", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".tf.json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (Parse(path, isVariables, problems) is { } body)
            {
                loaded.Add(new TerraformFile(path, body, isVariables));
            }
        }

        return [.. loaded.OrderBy(f => f.IsVariables ? VariablesRank(f.Path) : 0).ThenBy(f => f.Path, StringComparer.Ordinal)];
    }

    private static bool IsVariablesFile(string path) =>
        path.EndsWith(".tfvars", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tfvars.json", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Terraform loads <c>terraform.tfvars</c>, then <c>*.auto.tfvars</c> by name. Any other <c>.tfvars</c> only applies
    /// when passed with <c>-var-file</c>; it is read as the weakest guess, so the files Terraform always loads win.
    /// </summary>
    private static int VariablesRank(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        return name is "terraform.tfvars" or "terraform.tfvars.json" ? 2
            : name.EndsWith(".auto.tfvars", StringComparison.Ordinal) || name.EndsWith(".auto.tfvars.json", StringComparison.Ordinal) ? 3
            : 1;
    }

    private static HclBody? Parse(string path, bool isVariables, List<TerraformProblem> problems)
    {
        try
        {
            if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                return TerraformJsonConverter.Convert(File.ReadAllBytes(path), isVariables);
            }

            return HclParser.Parse(File.ReadAllText(path)).Body;
        }
        catch (HclParseException e)
        {
            problems.Add(new TerraformProblem(path, e.Line, e.Column, e.Reason));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new TerraformProblem(path, 0, null, "the file cannot be read: " + e.Message));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A defect in a parser must cost this file, not the scan.
            problems.Add(new TerraformProblem(path, 0, null, $"the file could not be read ({e.GetType().Name}: {e.Message})"));
        }

        return null;
    }
}
