provider "aws" {
  region = "eu-west-1"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"

resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}
