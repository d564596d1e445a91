# Everything this estate runs on, in one region.
terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "region" {
  description = "The one region the estate is deployed to"
  type        = string
  default     = "us-east-1"
}

provider "aws" {
  region = var.region
}

# Billing's ledger: a plain table, no replica in another region.
resource "aws_dynamodb_table" "ledger" {
  name         = "ledger"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "entry_id"

  attribute {
    name = "entry_id"
    type = "S"
  }

  tags = {
    Service = "billing"
  }
}
