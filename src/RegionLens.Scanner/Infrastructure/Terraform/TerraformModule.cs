using RegionLens.Core.Model;
using RegionLens.Scanner.Configuration.Terraform;

namespace RegionLens.Scanner.Infrastructure.Terraform;

/// <summary>
/// One module folder as the extractors see it: every top-level block of its configuration files, and the values its
/// variables, locals and providers stand for.
/// </summary>
internal sealed class TerraformModule
{
    private TerraformModule(string folder, IReadOnlyList<TerraformBlock> blocks, TerraformValues values)
    {
        Folder = folder;
        Blocks = blocks;
        Values = values;
    }

    public string Folder { get; }

    public IReadOnlyList<TerraformBlock> Blocks { get; }

    public TerraformValues Values { get; }

    public static TerraformModule Build(string folder, IReadOnlyList<TerraformFile> files, IReadOnlyDictionary<string, IacValue>? inputs)
    {
        var blocks = files.Where(f => !f.IsVariables).SelectMany(f => f.Body.Blocks.Select(b => new TerraformBlock(b, f.Path))).ToList();
        var scope = new Dictionary<string, ScopedExpression>(StringComparer.Ordinal);
        foreach (var variable in blocks.Where(b => b.Kind == "variable" && b.Block.Labels.Count == 1))
        {
            if (variable.Body.Attribute("default") is { } value)
            {
                scope["var." + variable.Type] = new ScopedExpression(value.Expression, variable.Path);
            }
        }

        foreach (var file in files.Where(f => f.IsVariables))
        {
            foreach (var attribute in file.Body.Attributes)
            {
                scope["var." + attribute.Name] = new ScopedExpression(attribute.Expression, file.Path);
            }
        }

        foreach (var (name, value) in inputs ?? new Dictionary<string, IacValue>())
        {
            if (!name.StartsWith("providers.", StringComparison.Ordinal))
            {
                scope["var." + name] = new ScopedExpression(null, value.Location.Path, value);
            }
        }

        foreach (var local in blocks.Where(b => b.Kind == "locals"))
        {
            foreach (var attribute in local.Body.Attributes)
            {
                scope["local." + attribute.Name] = new ScopedExpression(attribute.Expression, local.Path);
            }
        }

        foreach (var region in blocks.Where(b => b.Kind == "data" && b.Type == "aws_region"))
        {
            var at = new SourceLocation(region.Path, region.Block.Position.Line, region.Block.Position.Column);
            scope[$"data.aws_region.{region.Name}.provider"] = new ScopedExpression(null, region.Path, new IacValue(ProviderKey(region), at));
        }

        return new TerraformModule(folder, blocks, new TerraformValues(scope, ProviderRegions(blocks, inputs)));
    }

    /// <summary>
    /// Which provider configuration a block uses: its <c>provider = aws.west</c>, else the default configuration of the
    /// provider its type starts with (<c>aws_s3_bucket</c> → <c>aws</c>).
    /// </summary>
    public static string ProviderKey(TerraformBlock block)
    {
        var written = block.Body.Attribute("provider")?.Expression;
        if (written is HclTemplate { Parts: [HclTemplateInterpolation only] })
        {
            written = only.Expression;
        }

        return written switch
        {
            HclTraversal traversal when traversal.DottedName is { } name => name,
            HclLiteral { Kind: HclLiteralKind.String } literal => literal.Text,
            _ => block.Type.Split('_')[0],
        };
    }

    public IEnumerable<TerraformBlock> Resources(string type) => Blocks.Where(b => b.IsResource(type));

    public IEnumerable<TerraformBlock> OfKind(string kind) => Blocks.Where(b => b.Kind == kind);

    public SourceLocation Location(TerraformBlock block) => Values.Location(block.Path, block.Block.Position);

    public SourceLocation Location(string path, HclPosition position) => Values.Location(path, position);

    public IacValue? Value(TerraformBlock block, string attribute) => Values.Value(block.Body.Attribute(attribute)?.Expression, block.Path);

    /// <summary>Where a resource lives: its own <c>region</c> argument (AWS provider 6), else its provider's region.</summary>
    public IacValue? RegionOf(TerraformBlock block) =>
        Value(block, "region") ?? Values.ProviderRegion(ProviderKey(block));

    private static Dictionary<string, ScopedExpression> ProviderRegions(List<TerraformBlock> blocks, IReadOnlyDictionary<string, IacValue>? inputs)
    {
        var regions = new Dictionary<string, ScopedExpression>(StringComparer.Ordinal);
        foreach (var (name, value) in inputs ?? new Dictionary<string, IacValue>())
        {
            if (name.StartsWith("providers.", StringComparison.Ordinal))
            {
                regions[name["providers.".Length..]] = new ScopedExpression(null, value.Location.Path, value);
            }
        }

        foreach (var provider in blocks.Where(b => b.Kind == "provider" && b.Block.Labels.Count == 1))
        {
            var alias = HclValues.TryString(provider.Body.Attribute("alias")?.Expression ?? new HclLiteral(HclLiteralKind.Null, "null", default));
            var key = alias is null ? provider.Type : $"{provider.Type}.{alias}";
            if (provider.Body.Attribute("region") is { } region)
            {
                regions[key] = new ScopedExpression(region.Expression, provider.Path);
            }
        }

        return regions;
    }

    /// <summary>Every reference inside an expression: <c>aws_s3_bucket.logs.id</c> in <c>"${aws_s3_bucket.logs.id}"</c>.</summary>
    public static IEnumerable<HclTraversal> References(HclExpression? expression) => expression switch
    {
        HclTraversal traversal => [traversal],
        HclTemplate template => template.Parts.OfType<HclTemplateInterpolation>().SelectMany(p => References(p.Expression)),
        HclParenthesized parenthesized => References(parenthesized.Inner),
        HclFunctionCall call => call.Arguments.SelectMany(References),
        HclTuple tuple => tuple.Items.SelectMany(References),
        HclRelativeTraversal relative => References(relative.Source),
        HclSplat splat => References(splat.Source),
        HclConditional conditional => References(conditional.WhenTrue).Concat(References(conditional.WhenFalse)),
        _ => [],
    };

    /// <summary>True when the expression refers to the resource <paramref name="address"/> (<c>aws_s3_bucket.logs</c>).</summary>
    public static bool Refers(HclExpression? expression, string address) =>
        References(expression).Any(r => r.DottedName is { } name && (name == address || name.StartsWith(address + ".", StringComparison.Ordinal)));
}
