terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

# Orders live in one region only.
resource "aws_dynamodb_table" "orders" {
  name         = "shop-orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

# The ledger is a global table: its replica keeps serving if eu-west-1 fails.
resource "aws_dynamodb_table" "ledger" {
  name             = "shop-ledger"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "entry"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "entry"
    type = "S"
  }

  replica {
    region_name = "us-west-2"
  }
}

resource "aws_route53_health_check" "eu" {
  fqdn          = "api-eu.shop.example.com"
  port          = 443
  type          = "HTTPS"
  resource_path = "/health"
}

resource "aws_route53_health_check" "us" {
  fqdn          = "api-us.shop.example.com"
  port          = 443
  type          = "HTTPS"
  resource_path = "/health"
}

resource "aws_route53_record" "api_primary" {
  zone_id         = "Z0123456789ABCDEFGHIJ"
  name            = "api.shop.example.com"
  type            = "CNAME"
  ttl             = 60
  records         = ["api-eu.shop.example.com"]
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.eu.id

  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "api_secondary" {
  zone_id         = "Z0123456789ABCDEFGHIJ"
  name            = "api.shop.example.com"
  type            = "CNAME"
  ttl             = 60
  records         = ["api-us.shop.example.com"]
  set_identifier  = "secondary"
  health_check_id = aws_route53_health_check.us.id

  failover_routing_policy {
    type = "SECONDARY"
  }
}
