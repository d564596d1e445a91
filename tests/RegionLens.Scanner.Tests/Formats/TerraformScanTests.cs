using RegionLens.Scanner.Tests.EndToEnd;

namespace RegionLens.Scanner.Tests.Formats;

/// <summary>Terraform module folders (HCL and JSON syntax) scanned end to end: each root module is a stack component,
/// and a module it calls by a local path is included in it.</summary>
public sealed class TerraformScanTests
{
    [Fact]
    public async Task ARootModuleWithAnAliasedProviderAndALocalModuleIsOneStack()
    {
        var result = await FixtureScan.Of("terraform");

        Rendering.AssertLines(
        [
            "Region us-west-2 [aws/-/us-west-2] Iac . via provider \"aws\" (alias west) Semantic @ main.tf:12:12",
            "Endpoint api.orders.example.com [other/-/-] Iac . via aws_lambda_function.api.environment.variables.API_URL Semantic @ main.tf:21:16",
            "Region us-west-2 [aws/-/us-west-2] Iac . via module.replica.region Semantic @ main.tf:29:15",
            "Region ap-southeast-1 [aws/-/ap-southeast-1] Iac . via aws_dynamodb_table.orders replica Semantic @ main.tf:39:19",
            "Endpoint payments.example.net [other/-/-] Iac . via aws_lambda_function.api.environment.variables.PAYMENTS_URL Semantic @ main.tf:93:22",
            "Resolver 10.20.0.2 [other/-/-] Iac . via aws_vpc_dhcp_options.corp.domain_name_servers Semantic @ main.tf:137:26",
            "Region westeurope [azure/-/westeurope] Iac . via azurerm_cosmosdb_account.catalog Semantic @ main.tf:142:25",
            "Region northeurope [azure/-/northeurope] Iac . via azurerm_cosmosdb_account.catalog geo_location Semantic @ main.tf:147:25",
            "Region westeurope [azure/-/westeurope] Iac . via azurerm_cosmosdb_account.catalog geo_location Semantic @ main.tf:152:25",
            "Region eu-central-1 [aws/-/eu-central-1] Iac . via aws_lambda_function.api environment AWS_REGION Semantic @ terraform.tfvars:1:15",
            "Region eu-central-1 [aws/-/eu-central-1] Iac . via provider \"aws\" Semantic @ terraform.tfvars:1:15",
            "Region us-west-2 [aws/-/us-west-2] Iac modules/replica via aws_dynamodb_table_replica.orders Semantic @ main.tf:12:12",
        ], result.Dependencies.Select(Rendering.Of));
        Rendering.AssertLines(
        [
            "RL0100 error @ main.tf:12, main.tf:47, modules/replica/main.tf:13: If aws region us-west-2 fails, terraform can no longer reach region us-west-2, s3-bucket orders-invoices-west, sqs-queue orders-replica-events-us-west-2, with no alternative (blast radius 1/1 components); path: terraform -> s3-bucket orders-invoices-west -> aws us-west-2",
            "RL0100 error @ main.tf:137: If resolver 10.20.0.2 fails, terraform can no longer reach resolver 10.20.0.2, with no alternative (blast radius 1/1 components); path: terraform -> resolver 10.20.0.2",
            "RL0100 error @ terraform.tfvars:1: If aws region eu-central-1 fails, terraform can no longer reach region eu-central-1, with no alternative (blast radius 1/1 components); path: terraform -> region eu-central-1 -> aws eu-central-1",
        ], result.Findings.Select(Rendering.Of));
        Assert.Equal([". stack"], result.Components.Select(c => $"{c.Id} {c.Kind}"));
        Assert.Equal(["."], Assert.Single(result.Dependencies, d => d.Component == "modules/replica").UsedBy);
    }

    [Fact]
    public async Task TheJsonSyntaxGivesTheSameKindOfFacts()
    {
        var result = await FixtureScan.Of("terraform-json");

        Rendering.AssertLines(
        [
            "Region us-east-1 [aws/-/us-east-1] Iac . via aws_lambda_function.charge environment AWS_REGION Semantic @ main.tf.json:4:28",
            "Region us-east-1 [aws/-/us-east-1] Iac . via module.audit.region Semantic @ main.tf.json:4:28",
            "Region us-east-1 [aws/-/us-east-1] Iac . via provider \"aws\" Semantic @ main.tf.json:4:28",
            "Region us-west-2 [aws/-/us-west-2] Iac . via provider \"aws\" (alias west) Semantic @ main.tf.json:9:36",
            "Region us-west-2 [aws/-/us-west-2] Iac . via aws_dynamodb_table.payments replica Semantic @ main.tf.json:18:28",
            "Region eu-west-1 [aws/-/eu-west-1] Iac . via aws_dynamodb_table.payments replica Semantic @ main.tf.json:19:28",
            "Endpoint ledger.example.org [other/-/-] Iac . via aws_lambda_function.charge.environment.variables.LEDGER_URL Semantic @ main.tf.json:29:27",
        ], result.Dependencies.Select(Rendering.Of));
        Rendering.AssertLines(
        [
            "RL0100 error @ main.tf.json:4: If aws region us-east-1 fails, terraform-json can no longer reach region us-east-1, with no alternative (blast radius 1/1 components); path: terraform-json -> region us-east-1 -> aws us-east-1",
        ], result.Findings.Select(Rendering.Of));
    }
}
