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
        Rendering.AssertLines([], result.Findings.Select(Rendering.Of));
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
        Rendering.AssertLines([], result.Findings.Select(Rendering.Of));
    }
}
