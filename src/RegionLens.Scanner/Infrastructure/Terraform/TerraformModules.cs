using RegionLens.Scanner.Configuration.Terraform;

namespace RegionLens.Scanner.Infrastructure.Terraform;

/// <summary>
/// Module calls: where the child module is and what it is given. A region passed to a module is where the module
/// creates its resources, so it is a deploy-target fact of the calling module, located where the caller writes it.
/// </summary>
internal static class TerraformModules
{
    /// <summary>Arguments of a module block that Terraform itself reads; every other argument is an input variable.</summary>
    public static readonly HashSet<string> MetaArguments = new(StringComparer.Ordinal)
    {
        "source", "version", "providers", "count", "for_each", "depends_on",
    };

    public static List<TerraformModuleCall> Read(TerraformModule module, FactsBuilder facts)
    {
        var calls = new List<TerraformModuleCall>();
        foreach (var call in module.OfKind("module").Where(m => m.Block.Labels.Count == 1))
        {
            var source = module.Value(call, "source")?.Text ?? string.Empty;
            var inputs = new SortedDictionary<string, IacValue>(StringComparer.Ordinal);
            foreach (var input in call.Body.Attributes.Where(a => !MetaArguments.Contains(a.Name)))
            {
                if (module.Values.Value(input.Expression, call.Path) is { } value)
                {
                    inputs[input.Name] = value;
                    if (IsRegionName(input.Name))
                    {
                        facts.Regions.Add(new RegionDeclaration(value, $"{call.Address}.{input.Name}", IsDeployTarget: true));
                    }
                }
            }

            if (module.Values.Resolve(call.Body.Attribute("providers")?.Expression, call.Path)?.Expression is HclObject providers)
            {
                foreach (var item in providers.Items)
                {
                    var inner = module.Values.Value(item.Key, call.Path)?.Text;
                    if (inner is not null && item.Value is HclTraversal { DottedName: { } outer } && module.Values.ProviderRegion(outer) is { } region)
                    {
                        inputs["providers." + inner] = region;
                    }
                }
            }

            calls.Add(new TerraformModuleCall(call.Type, source, LocalFolder(module.Folder, source), module.Location(call), inputs));
        }

        return calls;
    }

    private static bool IsRegionName(string name) =>
        name is "region" or "location" || name.EndsWith("_region", StringComparison.Ordinal) || name.EndsWith("_location", StringComparison.Ordinal);

    /// <summary>A source starting with <c>./</c> or <c>../</c> is a folder beside this one; registry and git sources are not read.</summary>
    private static string? LocalFolder(string folder, string source)
    {
        if (!source.StartsWith("./", StringComparison.Ordinal) && !source.StartsWith("../", StringComparison.Ordinal)
            && !source.StartsWith(".\\", StringComparison.Ordinal) && !source.StartsWith("..\\", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return Path.GetFullPath(Path.Combine(folder, source));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }
}
