using RegionLens.Scanner.Configuration.Terraform;

namespace RegionLens.Scanner.Infrastructure.Terraform;

/// <summary>A top-level block of a module with the file it is written in, since a module spans files.</summary>
internal sealed record TerraformBlock(HclBlock Block, string Path)
{
    public string Kind => Block.Type;

    public HclBody Body => Block.Body;

    /// <summary>The resource type of a <c>resource</c> or <c>data</c> block, the name of a provider or module.</summary>
    public string Type => Block.Labels.Count > 0 ? Block.Labels[0] : string.Empty;

    public string Name => Block.Labels.Count > 1 ? Block.Labels[1] : string.Empty;

    /// <summary>How Terraform refers to it: <c>aws_s3_bucket.logs</c>, <c>data.aws_region.current</c>, <c>module.replica</c>.</summary>
    public string Address => Kind switch
    {
        "resource" => $"{Type}.{Name}",
        "data" => $"data.{Type}.{Name}",
        _ => $"{Kind}.{Type}",
    };

    public bool IsResource(string type) => Kind == "resource" && Type == type;
}

/// <summary>A parsed file of the module: configuration (<c>.tf</c>, <c>.tf.json</c>) or variable values (<c>.tfvars</c>).</summary>
internal sealed record TerraformFile(string Path, HclBody Body, bool IsVariables);
