namespace RegionLens.Scanner.Infrastructure.Terraform;

/// <summary>
/// Route 53 records with a routing policy (a failover or latency pair is a regional mitigation when health-checked),
/// the hosts and addresses records point at, and the name servers DHCP options hand to a VPC.
/// </summary>
internal static class TerraformRouting
{
    public static void Read(TerraformModule module, FactsBuilder facts)
    {
        foreach (var record in module.Resources("aws_route53_record"))
        {
            Record(module, record, facts);
        }

        foreach (var options in module.Resources("aws_vpc_dhcp_options"))
        {
            var servers = options.Body.Attribute("domain_name_servers");
            if (servers is not null && module.Values.Values(servers.Expression, options.Path) is { Count: > 0 } values)
            {
                facts.Resolvers.Add(new ResolverDeclaration(values, options.Address + ".domain_name_servers", module.Location(options.Path, servers.Position)));
            }
        }
    }

    private static void Record(TerraformModule module, TerraformBlock record, FactsBuilder facts)
    {
        var body = record.Body;
        var policy =
            body.BlocksOfType("failover_routing_policy").Select(p => "failover:" + (module.Values.Value(p.Body.Attribute("type")?.Expression, record.Path)?.Text ?? "{type}"))
            .Concat(body.BlocksOfType("latency_routing_policy").Select(p => "latency:" + (module.Values.Value(p.Body.Attribute("region")?.Expression, record.Path)?.Text ?? "{region}")))
            .Concat(body.BlocksOfType("weighted_routing_policy").Select(_ => "weighted"))
            .Concat(body.BlocksOfType("geolocation_routing_policy").Select(_ => "geolocation"))
            .FirstOrDefault();
        if (policy is not null)
        {
            var name = module.Value(record, "name") ?? new IacValue("{name}", module.Location(record), IsResolved: false);
            var healthChecked = module.Value(record, "health_check_id") is not null
                || body.BlocksOfType("alias").Any(a => module.Values.Value(a.Body.Attribute("evaluate_target_health")?.Expression, record.Path)?.Text == "true");
            facts.RoutingRecords.Add(new RoutingRecord(name, policy, healthChecked, module.Location(record)));
        }

        foreach (var target in module.Values.Values(body.Attribute("records")?.Expression, record.Path) ?? [])
        {
            if (EndpointText.IsEndpoint(target.Text))
            {
                facts.AddEndpoint(new EndpointDeclaration(target, record.Address + ".records"));
            }
        }

        foreach (var alias in body.BlocksOfType("alias"))
        {
            if (module.Values.Value(alias.Body.Attribute("name")?.Expression, record.Path) is { } target && EndpointText.IsEndpoint(target.Text))
            {
                facts.AddEndpoint(new EndpointDeclaration(target, record.Address + ".alias.name"));
            }
        }
    }
}
