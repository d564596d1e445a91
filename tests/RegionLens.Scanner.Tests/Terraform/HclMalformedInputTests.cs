using RegionLens.Scanner.Configuration.Terraform;

namespace RegionLens.Scanner.Tests.Terraform;

public sealed class HclMalformedInputTests
{
    [Theory]
    [InlineData("a = 1\nb = \"us-east-1\nc = 2\n", 2, 5, "unterminated string")]
    [InlineData("a = 1\n\npolicy = <<-EOT\n  {}\nEOF\n", 3, 10, "unterminated heredoc")]
    [InlineData("resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n  versioning {\n    enabled = true\n}\n", 1, 30, "never closed")]
    [InlineData("locals {\n  a = 1\n}\n}\n", 4, 1, "no block is open")]
    [InlineData("a = \"${var.region\"\n", 1, 18, "unterminated string")]
    [InlineData("a = \"${var.region\n", 1, 6, "unterminated template sequence")]
    [InlineData("/* never\nclosed\n", 1, 1, "unterminated comment")]
    [InlineData("a =\nb = 2\n", 1, 4, "expected an expression")]
    [InlineData("a = 1 b = 2\n", 1, 7, "expected a newline")]
    [InlineData("a = [1 2]\n", 1, 8, "expected ','")]
    [InlineData("a = \"\\q\"\n", 1, 6, "invalid escape")]
    [InlineData("a = 1 ^ 2\n", 1, 7, "unexpected character")]
    [InlineData("block \"${x}\" {}\n", 1, 7, "block label")]
    public void MalformedInputNamesTheLine(string text, int line, int column, string reason)
    {
        var error = Assert.Throws<HclParseException>(() => HclParser.Parse(text));

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryTruncationOfARealFileParsesOrFailsCleanly()
    {
        foreach (var sample in new[] { TerraformSamples.MainTf, TerraformSamples.FailoverTf, TerraformSamples.ProductionTfvars })
        {
            for (var length = 0; length <= sample.Length; length++)
            {
                AssertParsesOrFailsCleanly(sample[..length]);
            }
        }
    }

    [Fact]
    public void RandomCorruptionsParseOrFailCleanly()
    {
        var random = new Random(20261123);
        var sample = TerraformSamples.MainTf + "\n" + TerraformSamples.FailoverTf;
        const string Alphabet = "{}[]()\"$%<>-=:.,?!*#/\n \\~";
        for (var i = 0; i < 2000; i++)
        {
            var chars = sample.ToCharArray();
            for (var edit = 0; edit < 3; edit++)
            {
                chars[random.Next(chars.Length)] = Alphabet[random.Next(Alphabet.Length)];
            }

            AssertParsesOrFailsCleanly(new string(chars));
        }
    }

    [Theory]
    [InlineData("a = ", "(", "1", ")")]
    [InlineData("a = ", "[", "1", "]")]
    [InlineData("a = ", "-", "1", "")]
    [InlineData("a = ", "\"${", "1", "}\"")]
    [InlineData("", "b {\n", "a = 1\n", "}\n")]
    public void DeepNestingFailsInsteadOfOverflowingTheStack(string prefix, string open, string middle, string close)
    {
        var text = prefix + string.Concat(Enumerable.Repeat(open, 5000)) + middle + string.Concat(Enumerable.Repeat(close, 5000));

        Assert.Throws<HclParseException>(() => HclParser.Parse(text));
    }

    private static void AssertParsesOrFailsCleanly(string text)
    {
        try
        {
            HclParser.Parse(text);
        }
        catch (HclParseException error)
        {
            Assert.True(error.Line >= 1 && error.Column >= 1, $"{error.Message} for:\n{text}");
        }
    }
}
