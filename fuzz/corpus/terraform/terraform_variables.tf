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
