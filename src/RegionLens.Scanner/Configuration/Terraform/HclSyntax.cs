namespace RegionLens.Scanner.Configuration.Terraform;

/// <summary>A parsed file: its top-level body and every comment, for inline suppressions.</summary>
public sealed record HclDocument(HclBody Body, IReadOnlyList<HclComment> Comments);

/// <summary>The attributes and blocks of a file or of a block, each in source order.</summary>
public sealed record HclBody(IReadOnlyList<HclAttribute> Attributes, IReadOnlyList<HclBlock> Blocks)
{
    public HclAttribute? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name);

    public IEnumerable<HclBlock> BlocksOfType(string type) => Blocks.Where(b => b.Type == type);
}

/// <summary><c>name = expression</c>; the position is the name's.</summary>
public sealed record HclAttribute(string Name, HclExpression Expression, HclPosition Position);

/// <summary><c>type "label" "label" { body }</c>; the position is the type's.</summary>
public sealed record HclBlock(string Type, IReadOnlyList<string> Labels, HclBody Body, HclPosition Position);
