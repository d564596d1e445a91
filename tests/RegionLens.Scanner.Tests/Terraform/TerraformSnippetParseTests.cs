using RegionLens.Scanner.Configuration.Terraform;

namespace RegionLens.Scanner.Tests.Terraform;

/// <summary>What the parser makes of a provider alias, a module call and a heredoc, rendered whole.</summary>
public sealed class TerraformSnippetParseTests
{
    private const string Snippet = """
        provider "aws" {
          alias  = "east"
          region = "us-east-1"
        }

        module "edge" {
          source    = "../edge"
          providers = { aws = aws.east }
        }

        resource "aws_instance" "probe" {
          provider  = aws.east
          user_data = <<-EOT
            #!/bin/sh
            curl https://status.example.com/${var.env}
          EOT
        }
        """;

    [Fact]
    public void ProviderAliasModuleAndHeredocParseIntoBlocksAttributesAndTemplateParts()
    {
        var body = HclParser.Parse(Snippet).Body;

        Assert.Equal(
        [
            "provider [aws] @1:1",
            "  alias = \"east\" @2:12",
            "  region = \"us-east-1\" @3:12",
            "module [edge] @6:1",
            "  source = \"../edge\" @7:15",
            "  providers = { aws = aws.east } @8:15",
            "resource [aws_instance,probe] @11:1",
            "  provider = aws.east @12:15",
        ], body.Blocks.SelectMany(Render).SkipLast(1));
        var heredoc = Assert.IsType<HclTemplate>(body.Blocks[2].Body.Attribute("user_data")!.Expression);
        Assert.Equal(new HclPosition(13, 15), heredoc.Position);
        Assert.Equal("#!/bin/sh\ncurl https://status.example.com/", Assert.IsType<HclTemplateText>(heredoc.Parts[0]).Text);
        // The text of an indented heredoc starts at its first line, before the indentation it loses.
        Assert.Equal(new HclPosition(14, 1), heredoc.Parts[0].Position);
        Assert.Equal(("var.env", new HclPosition(15, 37)), (Assert.IsType<HclTraversal>(Assert.IsType<HclTemplateInterpolation>(heredoc.Parts[1]).Expression).DottedName, heredoc.Parts[1].Position));
        Assert.Equal(new HclTemplateText("\n", new(15, 47)), heredoc.Parts[2]);
    }

    private static IEnumerable<string> Render(HclBlock block) =>
        block.Body.Attributes.Select(a => $"  {a.Name} = {Render(a.Expression)} @{a.Expression.Position}")
            .Prepend($"{block.Type} [{string.Join(",", block.Labels)}] @{block.Position}");

    private static string Render(HclExpression expression) => expression switch
    {
        HclLiteral literal => $"\"{literal.Text}\"",
        HclTraversal traversal => traversal.DottedName ?? "?",
        HclObject obj => "{ " + string.Join(", ", obj.Items.Select(i => $"{HclValues.TryString(i.Key)} = {Render(i.Value)}")) + " }",
        HclTemplate template => "template[" + string.Join(", ", template.Parts.Select(p => p switch
        {
            HclTemplateText text => $"text \"{text.Text.Replace("\n", "\\n", StringComparison.Ordinal)}\" @{text.Position}",
            HclTemplateInterpolation interpolation => $"${{{Render(interpolation.Expression)}}} @{interpolation.Position}",
            _ => "directive",
        })) + $"] @{template.Position}",
        _ => expression.GetType().Name,
    };
}
