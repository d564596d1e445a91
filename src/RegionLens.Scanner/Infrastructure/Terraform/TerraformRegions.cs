namespace RegionLens.Scanner.Infrastructure.Terraform;

/// <summary>
/// Regions infrastructure is created in: provider regions, a resource's own <c>region</c> (AWS provider 6) or
/// <c>location</c> (azurerm, google), DynamoDB replica regions and Cosmos DB geo locations.
/// </summary>
internal static class TerraformRegions
{
    public static void Read(TerraformModule module, FactsBuilder facts)
    {
        foreach (var provider in module.OfKind("provider").Where(p => p.Type is "aws" or "google"))
        {
            var alias = module.Value(provider, "alias");
            var subject = alias is null ? $"provider \"{provider.Type}\"" : $"provider \"{provider.Type}\" (alias {alias.Text})";
            Add(module.Value(provider, "region"), subject, facts);
        }

        foreach (var resource in module.OfKind("resource"))
        {
            var prefix = resource.Type.Split('_')[0];
            string[] arguments = prefix switch
            {
                "aws" => ["region"],
                "azurerm" => ["location"],
                "google" => ["region", "location"],
                _ => [],
            };
            foreach (var argument in arguments)
            {
                Add(module.Value(resource, argument), resource.Address, facts);
            }

            foreach (var replica in resource.Body.BlocksOfType("replica"))
            {
                Add(module.Values.Value(replica.Body.Attribute("region_name")?.Expression, resource.Path), resource.Address + " replica", facts);
            }

            foreach (var geo in resource.Body.BlocksOfType("geo_location"))
            {
                Add(module.Values.Value(geo.Body.Attribute("location")?.Expression, resource.Path), resource.Address + " geo_location", facts);
            }

            if (resource.Type == "aws_dynamodb_table_replica")
            {
                Add(module.RegionOf(resource), resource.Address, facts);
            }
        }
    }

    private static void Add(IacValue? region, string subject, FactsBuilder facts)
    {
        if (region is not null)
        {
            facts.Regions.Add(new RegionDeclaration(region, subject, IsDeployTarget: true));
        }
    }
}
