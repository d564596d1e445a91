using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Infrastructure.Terraform;

namespace RegionLens.Scanner.Tests.Terraform;

public sealed class TerraformValueRulesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regionlens-tf-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AutoTfvarsWinOverTerraformTfvarsWhichWinsOverDefaults()
    {
        Write("main.tf", "variable \"region\" {\n  default = \"eu-west-1\"\n}\n\nprovider \"aws\" {\n  region = var.region\n}\n");
        Write("terraform.tfvars", "region = \"eu-west-2\"\n");
        Write("b.auto.tfvars", "region = \"eu-west-3\"\n");
        Write("a.auto.tfvars", "region = \"eu-north-1\"\n");

        var result = TerraformModuleReader.Read(_folder, TerraformFactText.Files(_folder));

        Assert.Equal(["region eu-west-3 @b.auto.tfvars:1:10 provider \"aws\" deploy"], TerraformFactText.Render(result.Facts, _folder));
    }

    [Fact]
    public void UnknownPartsStayInTheTextAndMarkTheValueUnresolved()
    {
        Write("main.tf", """
            variable "env" {}

            provider "aws" {
              region = var.region_name
            }

            resource "aws_sqs_queue" "jobs" {
              name = "jobs-${var.env}-${data.aws_region.current.name}"
            }

            resource "aws_ecs_task_definition" "api" {
              container_definitions = jsonencode([{
                name = "api"
                environment = [
                  { name = "AWS_DEFAULT_REGION", value = "eu-west-1" },
                  { name = "CACHE_HOST", value = "cache.${var.env}.internal" },
                  { name = "BUCKET", value = "orders.archive" },
                ]
              }])
            }
            """);

        var result = TerraformModuleReader.Read(_folder, TerraformFactText.Files(_folder));

        Assert.Equal(
        [
            "region {var.region_name} (unresolved) @main.tf:4:12 provider \"aws\" deploy",
            "region eu-west-1 @main.tf:15:46 aws_ecs_task_definition.api environment AWS_DEFAULT_REGION calls",
            "endpoint cache.{var.env}.internal (unresolved) @main.tf:16:38 aws_ecs_task_definition.api.container_definitions.environment.CACHE_HOST",
            "store sqs-queue aws_sqs_queue.jobs @main.tf:7:1 name=jobs-{var.env}-{var.region_name} (unresolved) @main.tf:8:10 region={var.region_name} (unresolved) @main.tf:4:12 replicas=[]",
        ], TerraformFactText.Render(result.Facts, _folder));
    }

    [Fact]
    public void CyclicLocalsEndWithoutAValue()
    {
        Write("main.tf", """
            locals {
              loop  = { self = local.loop, url = "https://loop.example.com" }
              chain = local.chain.next
              a     = local.b
              b     = local.a
            }

            provider "aws" {
              region = local.chain
            }

            resource "aws_lambda_function" "f" {
              environment {
                variables = { LOOP = local.loop, A = local.a }
              }
            }
            """);

        var result = TerraformModuleReader.Read(_folder, TerraformFactText.Files(_folder));

        Assert.Empty(result.Problems);
        Assert.Equal(
        [
            "region {local.chain.next} (unresolved) @main.tf:3:11 provider \"aws\" deploy",
            "endpoint https://loop.example.com @main.tf:2:38 aws_lambda_function.f.environment.variables.LOOP.url",
        ], TerraformFactText.Render(result.Facts, _folder));
    }

    [Theory]
    [InlineData("https://api.example.com/v1", true)]
    [InlineData("postgres://db.internal:5432/orders", true)]
    [InlineData("10.0.0.2", true)]
    [InlineData("10.0.0.2:53", true)]
    [InlineData("[fd00::2]:53", true)]
    [InlineData("dynamodb.{var.region}.amazonaws.com", true)]
    [InlineData("redis.cache.svc.cluster.local", true)]
    [InlineData("10.0.0.0/16", false)]
    [InlineData("arn:aws:s3:::orders-invoices", false)]
    [InlineData("orders-invoices", false)]
    [InlineData("orders.archive", false)]
    [InlineData("t3.micro", false)]
    [InlineData("eu-west-1", false)]
    public void EndpointShapesAreNarrow(string text, bool endpoint) => Assert.Equal(endpoint, EndpointShape.IsEndpoint(text, EndpointShapeOptions.Placeholders));

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text);
}
