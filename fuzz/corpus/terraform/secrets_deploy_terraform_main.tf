provider "aws" {
  region     = "eu-west-1"
  access_key = "ASIAIOSFODNN7EXAMPLE"
  secret_key = "TerraformSecretKey26/abcdefghijklmnopqrs"
}

resource "aws_lambda_function" "notifier" {
  function_name = "notifier"
  environment {
    variables = {
      SEARCH_URL = "https://admin:TfUrlSecret27@search.internal.example.com/"
      QUEUE_CONN = "Endpoint=sb://payments.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=TfSbKeySecret28="
    }
  }
}
