variable "region" {
  type = string
}

variable "table_arn" {
  type = string
}

resource "aws_dynamodb_table_replica" "orders" {
  global_table_arn = var.table_arn
}

resource "aws_sqs_queue" "replica_events" {
  name = "orders-replica-events-${var.region}"
}
