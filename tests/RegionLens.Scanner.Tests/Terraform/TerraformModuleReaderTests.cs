using RegionLens.Scanner.Infrastructure.Terraform;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.Terraform;

public sealed class TerraformModuleReaderTests
{
    private static readonly string Fixtures = Path.Combine(RepositoryPaths.Root, "tests", "fixtures");
    private static readonly string Root = Path.Combine(Fixtures, "terraform");
    private static readonly string Replica = Path.Combine(Root, "modules", "replica");

    [Fact]
    public void RootModuleFactsAreLocatedAtTheLiteralsThatGiveThem()
    {
        var result = TerraformModuleReader.Read(Root, TerraformFactText.Files(Root));

        Assert.Empty(result.Problems);
        Assert.Equal(
        [
            "region us-west-2 @terraform/main.tf:12:12 provider \"aws\" (alias west) deploy",
            "region us-west-2 @terraform/main.tf:29:15 module.replica.region deploy",
            "region ap-southeast-1 @terraform/main.tf:39:19 aws_dynamodb_table.orders replica deploy",
            "region westeurope @terraform/main.tf:142:25 azurerm_cosmosdb_account.catalog deploy",
            "region northeurope @terraform/main.tf:147:25 azurerm_cosmosdb_account.catalog geo_location deploy",
            "region westeurope @terraform/main.tf:152:25 azurerm_cosmosdb_account.catalog geo_location deploy",
            "region eu-central-1 @terraform/terraform.tfvars:1:15 aws_lambda_function.api environment AWS_REGION calls",
            "region eu-central-1 @terraform/terraform.tfvars:1:15 provider \"aws\" deploy",
            "endpoint https://api.orders.example.com/v1 @terraform/main.tf:21:16 aws_lambda_function.api.environment.variables.API_URL",
            "endpoint https://payments.example.net/charge @terraform/main.tf:93:22 aws_lambda_function.api.environment.variables.PAYMENTS_URL",
            "resolver aws_vpc_dhcp_options.corp.domain_name_servers @terraform/main.tf:137:3 [10.20.0.2 @terraform/main.tf:137:26, AmazonProvidedDNS @terraform/main.tf:137:39]",
            "store dynamodb-table aws_dynamodb_table.orders @terraform/main.tf:33:1 name=orders-prod @terraform/main.tf:20:16 region=eu-central-1 @terraform/terraform.tfvars:1:15 replicas=[ap-southeast-1 @terraform/main.tf:39:19]",
            "store s3-bucket aws_s3_bucket.invoices @terraform/main.tf:43:1 name=orders-invoices-eu-central-1 @terraform/main.tf:44:12 region=eu-central-1 @terraform/terraform.tfvars:1:15 replicas=[us-west-2 @terraform/main.tf:12:12] replication",
            "store s3-bucket aws_s3_bucket.invoices_west @terraform/main.tf:47:1 name=orders-invoices-west @terraform/main.tf:49:14 region=us-west-2 @terraform/main.tf:12:12 replicas=[]",
            "store cosmos-account azurerm_cosmosdb_account.catalog @terraform/main.tf:140:1 name=catalog-prod @terraform/main.tf:141:25 region=westeurope @terraform/main.tf:152:25 replicas=[northeurope @terraform/main.tf:147:25]",
            "routing api.example.com @terraform/main.tf:106:21 failover:PRIMARY health-checked @terraform/main.tf:104:1"
                + " targets=[orders-east-1234.us-east-1.elb.amazonaws.com @terraform/main.tf:109:22] region=-",
            "routing api.example.com @terraform/main.tf:120:20 failover:SECONDARY health-checked @terraform/main.tf:118:1"
                + " targets=[{aws_lb.west.dns_name} (unresolved) @terraform/main.tf:125:30] region=us-west-2 @terraform/main.tf:122:20",
        ], TerraformFactText.Render(result.Facts, Fixtures));
    }

    [Fact]
    public void ModuleCallNamesItsLocalFolderAndWhatItIsGiven()
    {
        var call = Assert.Single(TerraformModuleReader.Read(Root, TerraformFactText.Files(Root)).Modules);

        Assert.Equal(("replica", "./modules/replica", Replica), (call.Name, call.Source, call.LocalFolder));
        Assert.Equal("@terraform/main.tf:26:1", TerraformFactText.At(call.Location, Fixtures));
        Assert.Equal(
        [
            "providers.aws=us-west-2 @terraform/main.tf:12:12",
            "region=us-west-2 @terraform/main.tf:29:15",
            "table_arn={aws_dynamodb_table.orders.arn} (unresolved) @terraform/main.tf:30:15",
        ], call.Inputs!.Select(i => $"{i.Key}={TerraformFactText.Value(i.Value, Fixtures)}"));
    }

    [Fact]
    public void ChildModuleReadAloneLeavesItsVariablesUnresolved()
    {
        var result = TerraformModuleReader.Read(Replica, TerraformFactText.Files(Replica));

        Assert.Equal(
        [
            "store sqs-queue aws_sqs_queue.replica_events @terraform/modules/replica/main.tf:13:1 name=orders-replica-events-{var.region} (unresolved) @terraform/modules/replica/main.tf:14:10 region=- replicas=[]",
        ], TerraformFactText.Render(result.Facts, Fixtures));
    }

    [Fact]
    public void ChildModuleReadWithTheCallersInputsUsesTheCallersLiterals()
    {
        var call = TerraformModuleReader.Read(Root, TerraformFactText.Files(Root)).Modules.Single();

        var result = TerraformModuleReader.Read(call.LocalFolder!, TerraformFactText.Files(call.LocalFolder!), call.Inputs);

        Assert.Empty(result.Problems);
        Assert.Equal(
        [
            "region us-west-2 @terraform/main.tf:12:12 aws_dynamodb_table_replica.orders deploy",
            "store sqs-queue aws_sqs_queue.replica_events @terraform/modules/replica/main.tf:13:1 name=orders-replica-events-us-west-2 @terraform/modules/replica/main.tf:14:10 region=us-west-2 @terraform/main.tf:12:12 replicas=[]",
        ], TerraformFactText.Render(result.Facts, Fixtures));
    }

    [Fact]
    public void ResultIsTheSameWhateverOrderTheFilesComeIn()
    {
        var files = TerraformFactText.Files(Root);

        var forward = TerraformFactText.Render(TerraformModuleReader.Read(Root, files).Facts, Fixtures);
        var backward = TerraformFactText.Render(TerraformModuleReader.Read(Root, [.. files.AsEnumerable().Reverse()]).Facts, Fixtures);

        Assert.Equal(forward, backward);
    }
}
