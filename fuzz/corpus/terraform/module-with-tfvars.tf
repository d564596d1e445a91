variable "region" {
  description = "Home region of the orders service"
  type        = string
  default     = "eu-west-1"
}

variable "environment" {
  type = string
}

variable "domain" {
  type    = string
  default = "orders.example.com"
}
# Orders service: primary in eu-west-1, failover in us-west-2.
terraform {
  required_version = ">= 1.6"
}

provider "aws" {
  region = var.region
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

provider "azurerm" {
  features {}
}

locals {
  table_name = "orders-${var.environment}"
  api_url    = "https://api.${var.domain}/v1"
}

data "aws_region" "current" {}

module "replica" {
  source    = "./modules/replica"
  providers = { aws = aws.west }
  region    = "us-west-2"
  table_arn = aws_dynamodb_table.orders.arn
}

resource "aws_dynamodb_table" "orders" {
  name         = local.table_name
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  replica {
    region_name = "ap-southeast-1"
  }
}

resource "aws_s3_bucket" "invoices" {
  bucket = "orders-invoices-${data.aws_region.current.name}"
}

resource "aws_s3_bucket" "invoices_west" {
  provider = aws.west
  bucket   = "orders-invoices-west"
}

resource "aws_s3_bucket_replication_configuration" "invoices" {
  bucket = aws_s3_bucket.invoices.id
  role   = aws_iam_role.replication.arn

  rule {
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.invoices_west.arn
    }
  }
}

resource "aws_iam_role_policy" "orders" {
  role   = aws_iam_role.orders.id
  policy = <<-EOT
    {
      "Statement": [{
        "Effect": "Allow",
        "Resource": "arn:aws:dynamodb:${var.region}:*:table/orders-${var.environment}"
      }]
    }
  EOT
}

resource "aws_instance" "bastion" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  user_data     = <<-SCRIPT
    #!/bin/bash
    curl -fsSL https://bootstrap.internal.example.com/setup.sh | bash
  SCRIPT
}

resource "aws_lambda_function" "api" {
  function_name = "orders-api"
  role          = aws_iam_role.orders.arn

  environment {
    variables = {
      AWS_REGION   = var.region
      ORDERS_TABLE = local.table_name
      PAYMENTS_URL = "https://payments.example.net/charge"
      API_URL      = local.api_url
    }
  }
}

resource "aws_route53_health_check" "east" {
  fqdn = "orders-east-1234.us-east-1.elb.amazonaws.com"
  type = "HTTPS"
}

resource "aws_route53_record" "api_primary" {
  zone_id         = aws_route53_zone.main.zone_id
  name            = "api.example.com"
  type            = "CNAME"
  ttl             = 60
  records         = ["orders-east-1234.us-east-1.elb.amazonaws.com"]
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.east.id

  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "api_secondary" {
  zone_id        = aws_route53_zone.main.zone_id
  name           = "api.example.com"
  type           = "A"
  set_identifier = "api-us-west-2"

  alias {
    name                   = aws_lb.west.dns_name
    zone_id                = aws_lb.west.zone_id
    evaluate_target_health = true
  }

  failover_routing_policy {
    type = "SECONDARY"
  }
}

resource "aws_vpc_dhcp_options" "corp" {
  domain_name         = "corp.example.com"
  domain_name_servers = ["10.20.0.2", "AmazonProvidedDNS"]
}

resource "azurerm_cosmosdb_account" "catalog" {
  name                = "catalog-${var.environment}"
  location            = "westeurope"
  resource_group_name = "catalog"
  offer_type          = "Standard"

  geo_location {
    location          = "northeurope"
    failover_priority = 1
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

---
region      = "eu-central-1"
environment = "prod"
