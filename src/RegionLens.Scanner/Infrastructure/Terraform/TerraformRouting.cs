using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Configuration.Terraform;

namespace RegionLens.Scanner.Infrastructure.Terraform;

/// <summary>
/// Route 53 records with what they answer and where that is (a health-checked failover or latency pair is a regional
/// mitigation), and the name servers DHCP options hand to a VPC. A record's targets are not endpoints of their own:
/// the stack declares them for the name, it does not call them.
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
        var latency = body.BlocksOfType("latency_routing_policy").Select(p => module.Values.Value(p.Body.Attribute("region")?.Expression, record.Path)).FirstOrDefault();
        var policy =
            body.BlocksOfType("failover_routing_policy").Select(p => "failover:" + (module.Values.Value(p.Body.Attribute("type")?.Expression, record.Path)?.Text ?? "{type}"))
            .Concat(body.BlocksOfType("latency_routing_policy").Select(_ => "latency:" + (latency?.Text ?? "{region}")))
            .Concat(body.BlocksOfType("weighted_routing_policy").Select(_ => "weighted"))
            .Concat(body.BlocksOfType("geolocation_routing_policy").Select(_ => "geolocation"))
            .FirstOrDefault() ?? "simple";
        var aliases = body.BlocksOfType("alias").ToList();
        var written = aliases.Select(a => a.Body.Attribute("name")?.Expression).Prepend(body.Attribute("records")?.Expression).ToList();
        var targets = (module.Values.Values(written[0], record.Path) ?? [])
            .Concat(written.Skip(1).Select(e => module.Values.Value(e, record.Path)).OfType<IacValue>())
            .Where(t => !t.IsResolved || EndpointShape.IsEndpoint(t.Text, EndpointShapeOptions.Placeholders))
            .ToList();
        if (policy == "simple" && targets.Count == 0)
        {
            return;
        }

        var name = module.Value(record, "name") ?? new IacValue("{name}", module.Location(record), IsResolved: false);
        var healthChecked = module.Value(record, "health_check_id") is not null
            || aliases.Any(a => module.Values.Value(a.Body.Attribute("evaluate_target_health")?.Expression, record.Path)?.Text == "true");
        facts.RoutingRecords.Add(new RoutingRecord(name, policy, healthChecked, module.Location(record))
        {
            Targets = targets,
            Region = Region(latency) ?? ReferencedRegion(module, written) ?? IdentifierRegion(module.Value(record, "set_identifier")),
        });
    }

    private static IacValue? Region(IacValue? value) => value is { IsResolved: true } && RegionInText.Find(value.Text) == value.Text ? value : null;

    /// <summary>The region of the resource a target refers to (<c>aws_lb.west.dns_name</c>): its provider's, or its own.</summary>
    private static IacValue? ReferencedRegion(TerraformModule module, IEnumerable<HclExpression?> targets) =>
        targets.SelectMany(TerraformModule.References)
            .Select(r => r.DottedName)
            .OfType<string>()
            .SelectMany(name => module.Blocks.Where(b => b.Kind == "resource" && name.StartsWith(b.Address + ".", StringComparison.Ordinal)))
            .Select(module.RegionOf)
            .Select(Region)
            .FirstOrDefault(r => r is not null);

    private static IacValue? IdentifierRegion(IacValue? identifier) =>
        identifier is { IsResolved: true } && RegionInText.Find(identifier.Text) is { } code ? identifier with { Text = code } : null;
}
