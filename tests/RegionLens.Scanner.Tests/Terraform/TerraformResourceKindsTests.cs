using RegionLens.Scanner.Infrastructure.Terraform;

namespace RegionLens.Scanner.Tests.Terraform;

/// <summary>The resource kinds the fixtures do not show: latency and weighted records, legacy global tables, RDS, google.</summary>
public sealed class TerraformResourceKindsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regionlens-tf-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void EachKindBecomesItsFact()
    {
        File.WriteAllText(Path.Combine(_folder, "main.tf"), """
            provider "aws" {
              region = "us-east-1"
            }

            provider "google" {
              region = "europe-west4"
            }

            resource "aws_route53_record" "latency_east" {
              name    = "api.example.com"
              records = ["203.0.113.10"]
              latency_routing_policy {
                region = "us-east-1"
              }
            }

            resource "aws_route53_record" "canary" {
              name = "canary.example.com"
              weighted_routing_policy {
                weight = 10
              }
            }

            resource "aws_dynamodb_global_table" "legacy" {
              name = "sessions"
              replica {
                region_name = "us-east-1"
              }
              replica {
                region_name = "eu-west-1"
              }
            }

            resource "aws_db_instance" "ledger" {
              identifier = "ledger"
              region     = "us-east-2"
            }

            resource "aws_rds_cluster" "orders" {
              cluster_identifier = "orders"
            }

            resource "aws_s3_bucket" "legacy" {
              bucket = "legacy-logs"
              replication_configuration {
                role = "arn:aws:iam::123456789012:role/replication"
              }
            }

            resource "google_storage_bucket" "assets" {
              name     = "assets"
              location = "EU"
            }
            """);

        var result = TerraformModuleReader.Read(_folder, [Path.Combine(_folder, "main.tf")]);

        Assert.Empty(result.Problems);
        Assert.Equal(
        [
            "region us-east-1 @main.tf:2:12 provider \"aws\" deploy",
            "region europe-west4 @main.tf:6:12 provider \"google\" deploy",
            "region us-east-1 @main.tf:27:19 aws_dynamodb_global_table.legacy replica deploy",
            "region eu-west-1 @main.tf:30:19 aws_dynamodb_global_table.legacy replica deploy",
            "region us-east-2 @main.tf:36:16 aws_db_instance.ledger deploy",
            "region EU @main.tf:52:14 google_storage_bucket.assets deploy",
            "store dynamodb-table aws_dynamodb_global_table.legacy @main.tf:24:1 name=sessions @main.tf:25:10 region=us-east-1 @main.tf:2:12 replicas=[eu-west-1 @main.tf:30:19]",
            "store sql-database aws_db_instance.ledger @main.tf:34:1 name=ledger @main.tf:35:16 region=us-east-2 @main.tf:36:16 replicas=[]",
            "store sql-database aws_rds_cluster.orders @main.tf:39:1 name=orders @main.tf:40:24 region=us-east-1 @main.tf:2:12 replicas=[]",
            "store s3-bucket aws_s3_bucket.legacy @main.tf:43:1 name=legacy-logs @main.tf:44:12 region=us-east-1 @main.tf:2:12 replicas=[] replication",
            "routing api.example.com @main.tf:10:13 latency:us-east-1 @main.tf:9:1 targets=[203.0.113.10 @main.tf:11:14] region=us-east-1 @main.tf:13:14",
            "routing canary.example.com @main.tf:18:10 weighted @main.tf:17:1 targets=[] region=-",
        ], TerraformFactText.Render(result.Facts, _folder));
    }
}
