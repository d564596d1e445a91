using RegionLens.Scanner.Configuration.Terraform;

namespace RegionLens.Scanner.Tests.Terraform;

public sealed class HclLexerTests
{
    [Fact]
    public void TokensCarryKindTextAndPosition()
    {
        var tokens = HclLexer.Tokenize("ttl = 60 # seconds\nrecords = [a.b]\n").Tokens;

        Assert.Equal(
        [
            "Identifier ttl 1:1", "Punctuation = 1:5", "Number 60 1:7", "Newline \n 1:19",
            "Identifier records 2:1", "Punctuation = 2:9", "Punctuation [ 2:11", "Identifier a 2:12",
            "Punctuation . 2:13", "Identifier b 2:14", "Punctuation ] 2:15", "Newline \n 2:16", "EndOfFile  3:1",
        ], tokens.Select(t => $"{t.Kind} {t.Text} {t.Position}"));
    }

    [Fact]
    public void QuotedTemplateKeepsItsPartsAndTokenizesInterpolations()
    {
        var token = Assert.Single(HclLexer.Tokenize("\"${var.region}-a\"").Tokens, t => t.Kind == HclTokenKind.QuotedTemplate);

        Assert.Equal("\"${var.region}-a\"", token.Text);
        Assert.Equal(
            ["Interpolation ${var.region} 1:2", "Literal -a 1:15"],
            token.Parts!.Select(p => $"{p.Kind} {p.Text} {p.Position}"));
        Assert.Equal(["var", ".", "region", ""], token.Parts![0].Tokens.Select(t => t.Text));
    }

    [Fact]
    public void DecodesEscapesAndEscapedSequenceOpeners()
    {
        var token = HclLexer.Tokenize("\"a\\\"b\\\\c\\n\\u00e9 $${x} %%{y}\"").Tokens[0];

        Assert.Equal("a\"b\\c\n\u00e9 ${x} %{y}", Assert.Single(token.Parts!).Text);
    }

    [Fact]
    public void DirectivesAndNestedStringsInsideInterpolations()
    {
        var token = HclLexer.Tokenize("\"%{ if var.ha }${join(\",\", [\"}\"])}%{~ endif ~}\"").Tokens[0];

        Assert.Equal(
            ["Directive %{ if var.ha }", "Interpolation ${join(\",\", [\"}\"])}", "Directive %{~ endif ~}"],
            token.Parts!.Select(p => $"{p.Kind} {p.Text}"));
        Assert.Equal(["endif", ""], token.Parts![2].Tokens.Select(t => t.Text));
    }

    [Fact]
    public void PlainHeredocKeepsIndentationAndEndsAtItsMarker()
    {
        var tokens = HclLexer.Tokenize("user_data = <<EOF\n  #!/bin/sh\n  echo ${var.region}\nEOF\nx = 1\n").Tokens;
        var heredoc = tokens[2];

        Assert.Equal((HclTokenKind.HeredocTemplate, new HclPosition(1, 13)), (heredoc.Kind, heredoc.Position));
        Assert.Equal(["  #!/bin/sh\n  echo ", "${var.region}", "\n"], heredoc.Parts!.Select(p => p.Text));
        Assert.Equal(("x", new HclPosition(5, 1)), (tokens[4].Text, tokens[4].Position));
    }

    [Fact]
    public void NumbersWithFractionsAndExponentsButNotLegacyIndexes()
    {
        var tokens = HclLexer.Tokenize("1.5e3 a.0.b").Tokens;

        Assert.Equal(["1.5e3", "a", ".", "0", ".", "b", ""], tokens.Select(t => t.Text));
    }

    [Fact]
    public void CarriageReturnLineFeedCountsOneLine()
    {
        var tokens = HclLexer.Tokenize("a = 1\r\nb = \"x\"\r\n").Tokens;

        Assert.Equal(new HclPosition(2, 5), tokens.Single(t => t.Kind == HclTokenKind.QuotedTemplate).Position);
    }

    [Fact]
    public void OperatorsArePunctuation()
    {
        var tokens = HclLexer.Tokenize("a >= b && c != d || !e ... => :: ?").Tokens;

        Assert.Equal(
            [">=", "&&", "!=", "||", "!", "...", "=>", "::", "?"],
            tokens.Where(t => t.Kind == HclTokenKind.Punctuation).Select(t => t.Text));
    }

    [Fact]
    public void IndentedHeredocDropsIndentationBeforeALeadingInterpolation()
    {
        var heredoc = HclLexer.Tokenize("x = <<-EOT\n    ${var.region}\n      b\n    EOT\n").Tokens[2];

        Assert.Equal(["${var.region}", "\n  b\n"], heredoc.Parts!.Select(p => p.Text));
        Assert.Equal(new HclPosition(2, 5), heredoc.Parts![0].Position);
    }

    [Fact]
    public void ByteOrderMarkIsSkippedWithoutShiftingColumns()
    {
        var tokens = HclLexer.Tokenize("\uFEFFregion = \"us-east-1\"").Tokens;

        Assert.Equal(("region", new HclPosition(1, 1)), (tokens[0].Text, tokens[0].Position));
    }
}
