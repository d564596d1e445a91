using RegionLens.Scanner.Configuration.Terraform;
using RegionLens.Scanner.Infrastructure.Terraform;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.Terraform;

public sealed class TerraformJsonSyntaxTests
{
    private static readonly string Fixtures = Path.Combine(RepositoryPaths.Root, "tests", "fixtures");
    private static readonly string Folder = Path.Combine(Fixtures, "terraform-json");

    [Fact]
    public void JsonModuleGivesTheSameKindsOfFactsAsNativeSyntax()
    {
        var result = TerraformModuleReader.Read(Folder, TerraformFactText.Files(Folder));

        Assert.Empty(result.Problems);
        Assert.Equal(
        [
            "region us-west-2 @terraform-json/main.tf.json:9:36 provider \"aws\" (alias west) deploy",
            "region us-west-2 @terraform-json/main.tf.json:18:28 aws_dynamodb_table.payments replica deploy",
            "region eu-west-1 @terraform-json/main.tf.json:19:28 aws_dynamodb_table.payments replica deploy",
            "region us-east-2 @terraform-json/terraform.tfvars.json:2:13 aws_lambda_function.charge environment AWS_REGION calls",
            "region us-east-2 @terraform-json/terraform.tfvars.json:2:13 module.audit.region deploy",
            "region us-east-2 @terraform-json/terraform.tfvars.json:2:13 provider \"aws\" deploy",
            "endpoint https://ledger.example.org/api @terraform-json/main.tf.json:29:27 aws_lambda_function.charge.environment.variables.LEDGER_URL",
            "store dynamodb-table aws_dynamodb_table.payments @terraform-json/main.tf.json:14:7 name=payments-us-east-2 @terraform-json/main.tf.json:15:17 region=us-east-2 @terraform-json/terraform.tfvars.json:2:13 replicas=[us-west-2 @terraform-json/main.tf.json:18:28, eu-west-1 @terraform-json/main.tf.json:19:28]",
        ], TerraformFactText.Render(result.Facts, Fixtures));
        var call = Assert.Single(result.Modules);
        Assert.Equal(("audit", "../terraform/modules/replica", Path.Combine(Fixtures, "terraform", "modules", "replica")), (call.Name, call.Source, call.LocalFolder));
    }

    [Fact]
    public void LabelsComeFromNestingAndRepeatedBlocksFromArrays()
    {
        var body = TerraformJsonConverter.Convert(File.ReadAllBytes(Path.Combine(Folder, "main.tf.json")), variablesFile: false);

        Assert.Equal(
        [
            "variable [region] @4:5",
            "provider [aws] @7:5",
            "provider [aws] @7:5",
            "resource [aws_dynamodb_table,payments] @14:7",
            "resource [aws_lambda_function,charge] @24:7",
            "module [audit] @36:5",
        ], body.Blocks.Select(b => $"{b.Type} [{string.Join(",", b.Labels)}] @{b.Position}"));
        var table = body.Blocks[3].Body;
        Assert.Equal(["replica", "replica"], table.Blocks.Select(b => b.Type));
        Assert.Equal(["environment"], body.Blocks[4].Body.Blocks.Select(b => b.Type));
        Assert.IsType<HclObject>(body.Blocks[4].Body.Blocks[0].Body.Attribute("variables")!.Expression);
    }

    [Fact]
    public void TemplateStringsAreParsedAtTheirOwnPosition()
    {
        var json = "{\n  \"locals\": {\n    \"name\": \"orders-${var.env}-${local.suffix}\"\n  }\n}\n"u8.ToArray();

        var local = TerraformJsonConverter.Convert(json, variablesFile: false).Blocks.Single().Body.Attributes.Single();

        var template = Assert.IsType<HclTemplate>(local.Expression);
        Assert.Equal(new HclPosition(3, 13), template.Position);
        Assert.Equal(new HclTemplateText("orders-", new(3, 14)), template.Parts[0]);
        var env = Assert.IsType<HclTraversal>(Assert.IsType<HclTemplateInterpolation>(template.Parts[1]).Expression);
        Assert.Equal(("var.env", new HclPosition(3, 23)), (env.DottedName, env.Position));
        Assert.Equal(new HclTemplateText("-", new(3, 31)), template.Parts[2]);
        Assert.Equal(4, template.Parts.Count);
    }

    [Fact]
    public void ProviderAliasAndReferencesWrittenAsStringsAreFollowed()
    {
        var folder = Directory.CreateTempSubdirectory("regionlens-tfjson-").FullName;
        try
        {
            var file = Path.Combine(folder, "main.tf.json");
            File.WriteAllText(file, """
                {
                  "provider": { "aws": [{ "region": "eu-west-1" }, { "alias": "us", "region": "us-east-1" }] },
                  "resource": {
                    "aws_dynamodb_table": { "t": { "name": "sessions" } },
                    "aws_dynamodb_table_replica": {
                      "us": { "provider": "aws.us", "global_table_arn": "${aws_dynamodb_table.t.arn}" }
                    }
                  }
                }
                """);

            var result = TerraformModuleReader.Read(folder, [file]);

            Assert.Equal(
            [
                "region eu-west-1 @main.tf.json:2:37 provider \"aws\" deploy",
                "region us-east-1 @main.tf.json:2:79 aws_dynamodb_table_replica.us deploy",
                "region us-east-1 @main.tf.json:2:79 provider \"aws\" (alias us) deploy",
                "store dynamodb-table aws_dynamodb_table.t @main.tf.json:4:29 name=sessions @main.tf.json:4:44 region=eu-west-1 @main.tf.json:2:37 replicas=[us-east-1 @main.tf.json:2:79]",
            ], TerraformFactText.Render(result.Facts, folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("[1, 2]", 1, 1, "a Terraform JSON file must hold one object")]
    [InlineData("{\n  \"resource\": {\n    \"aws_s3_bucket\": \"logs\"\n  }\n}", 3, 22, "expected an object of 'resource' labels")]
    [InlineData("{\n  \"locals\": {\n    \"a\": \"${var.}\"\n  }\n}", 3, 17, "expected an attribute name after '.', found the end of the file")]
    [InlineData("{\n  \"a\": 1,\n  \"a\" 2\n}", 3, 7, "'2' is invalid after a property name. Expected a ':'.")]
    public void MisshapenJsonNamesTheLine(string json, int line, int column, string reason)
    {
        var error = Assert.Throws<HclParseException>(() => TerraformJsonConverter.Convert(System.Text.Encoding.UTF8.GetBytes(json), variablesFile: false));

        Assert.Equal((line, column, reason), (error.Line, error.Column, error.Reason));
    }
}
