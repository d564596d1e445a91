namespace RegionLens.Scanner.Tests.Terraform;

/// <summary>Realistic Terraform shared by the parser, evaluator and fuzz tests; line numbers are asserted, so append only.</summary>
internal static class TerraformSamples
{
    public const string MainTf = """
        # Primary region for the orders service
        terraform {
          required_version = ">= 1.6"
        }

        variable "region" {
          description = "Region the orders table lives in"
          default     = "eu-west-1"
        }

        provider "aws" {
          region = var.region
        }

        provider "aws" {
          alias  = "west" // the failover region
          region = "us-west-2"
        }

        locals {
          name_prefix = "orders-${var.region}"
          /* zones are derived
             from the region */
          zones = ["${var.region}a", "${var.region}b"]
        }

        module "replica" {
          source    = "./modules/replica"
          providers = { aws = aws.west }
          region    = "us-west-2"
          table_arn = aws_dynamodb_table.orders.arn
        }

        resource "aws_dynamodb_table" "orders" {
          name         = local.name_prefix
          billing_mode = "PAY_PER_REQUEST"
          hash_key     = "id"

          replica {
            region_name = "us-west-2"
          }
          replica {
            region_name = "ap-southeast-1"
          }
        }

        resource "aws_iam_policy" "read" {
          policy = <<-EOT
            {
              "Statement": [{ "Resource": "arn:aws:dynamodb:${var.region}:*:table/orders" }]
            }
          EOT
        }
        """;

    public const string FailoverTf = """
        resource "aws_route53_record" "api_primary" {
          zone_id         = aws_route53_zone.main.zone_id
          name            = "api.example.com"
          type            = "CNAME"
          ttl             = 60
          records         = [aws_lb.east.dns_name]
          set_identifier  = "primary"
          health_check_id = aws_route53_health_check.east.id

          failover_routing_policy {
            type = "PRIMARY"
          }
        }

        resource "aws_vpc_dhcp_options" "corp" {
          domain_name_servers = ["10.0.0.2", "8.8.8.8"]
        }

        resource "azurerm_cosmosdb_account" "db" {
          name                            = "orders-cosmos"
          offer_type                      = "Standard"
          enable_multiple_write_locations = false

          geo_location {
            location          = "westeurope"
            failover_priority = 0
          }

          geo_location {
            location          = "northeurope"
            failover_priority = 1
          }
        }
        """;

    public const string ProductionTfvars = """
        region          = "us-east-2"
        replica_regions = ["us-west-2", "eu-central-1"]
        tags = {
          team = "orders"
          "cost-center": "42"
        }
        """;
}
