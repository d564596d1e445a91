# The estate in two regions: us-east-1 serves first, us-west-2 carries the same data and takes over when it fails.
terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

variable "zone_id" {
  description = "The hosted zone that serves multiregion.example.com"
  type        = string
  default     = "Z0123456789EXAMPLE"
}

# Billing's ledger: a global table, written in either region and replicated to the other.
resource "aws_dynamodb_table" "ledger" {
  name             = "ledger"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "entry_id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "entry_id"
    type = "S"
  }

  replica {
    region_name = "us-west-2"
  }

  tags = {
    Service = "billing"
  }
}

# Orders' table, replicated the same way.
resource "aws_dynamodb_table" "orders" {
  name             = "orders"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "order_id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "order_id"
    type = "S"
  }

  replica {
    region_name = "us-west-2"
  }

  tags = {
    Service = "orders"
  }
}

# The API's load balancer in each region; AWS names them, so the records below refer to their dns_name.
variable "east_subnet_ids" {
  description = "Public subnets of the us-east-1 VPC"
  type        = list(string)
  default     = []
}

variable "west_subnet_ids" {
  description = "Public subnets of the us-west-2 VPC"
  type        = list(string)
  default     = []
}

resource "aws_lb" "api_east" {
  name               = "orders-api-east"
  load_balancer_type = "application"
  subnets            = var.east_subnet_ids
}

resource "aws_lb" "api_west" {
  provider           = aws.west
  name               = "orders-api-west"
  load_balancer_type = "application"
  subnets            = var.west_subnet_ids
}

# Health checks run on Route 53's data plane; a failing check moves the name without anyone editing a record.
resource "aws_route53_health_check" "api_east" {
  fqdn              = aws_lb.api_east.dns_name
  port              = 443
  type              = "HTTPS"
  resource_path     = "/healthz"
  failure_threshold = 3
  request_interval  = 10
}

resource "aws_route53_health_check" "api_west" {
  fqdn              = aws_lb.api_west.dns_name
  port              = 443
  type              = "HTTPS"
  resource_path     = "/healthz"
  failure_threshold = 3
  request_interval  = 10
}

# One API name, two answers: the primary in us-east-1 while its check passes, the secondary in us-west-2 otherwise.
resource "aws_route53_record" "api_primary" {
  zone_id         = var.zone_id
  name            = "api.multiregion.example.com"
  type            = "CNAME"
  ttl             = 60
  set_identifier  = "api-us-east-1"
  health_check_id = aws_route53_health_check.api_east.id
  records         = [aws_lb.api_east.dns_name]

  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "api_secondary" {
  zone_id         = var.zone_id
  name            = "api.multiregion.example.com"
  type            = "CNAME"
  ttl             = 60
  set_identifier  = "api-us-west-2"
  health_check_id = aws_route53_health_check.api_west.id
  records         = [aws_lb.api_west.dns_name]

  failover_routing_policy {
    type = "SECONDARY"
  }
}
