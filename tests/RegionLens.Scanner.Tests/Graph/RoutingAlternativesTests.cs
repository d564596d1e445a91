using RegionLens.Scanner.Graph;
using RegionLens.Scanner.Scanning;
using RegionLens.Scanner.Tests.EndToEnd;
using RegionLens.Scanner.Tests.Formats;

namespace RegionLens.Scanner.Tests.Graph;

/// <summary>
/// The Terraform fixture's failover pair for api.example.com (primary on a us-east-1 load balancer, secondary
/// identified as api-us-west-2), with the function told to call that name: health-checked records are alternatives,
/// anything less leaves the name on the primary's region.
/// </summary>
public sealed class RoutingAlternativesTests
{
    private const string Main = "main.tf";

    [Fact]
    public async Task AHealthCheckedFailoverPairServesTheNameFromBothRegions()
    {
        var result = await Scan();

        Assert.Equal(
        [
            "orders-east-1234.us-east-1.elb.amazonaws.com (failover:PRIMARY) @ main.tf:104:1 fails with region:aws/us-east-1 @ main.tf:109:22",
            "aws_lb.west.dns_name (failover:SECONDARY) @ main.tf:118:1 fails with region:aws/us-west-2 @ main.tf:122:20",
        ], Endpoints(result));
        Assert.DoesNotContain("api.example.com", Lost(result, "us-east-1"));
        Assert.DoesNotContain("api.example.com", Lost(result, "us-west-2"));
        Assert.Contains("api.example.com", Lost(result, "us-east-1", "us-west-2"));
        Rendering.AssertLines(
        [
            "RL0100 error @ main.tf:12, main.tf:47, modules/replica/main.tf:13: If aws region us-west-2 fails, terraform can no longer reach region us-west-2, s3-bucket orders-invoices-west, sqs-queue orders-replica-events-us-west-2, with no alternative (blast radius 1/1 components); path: terraform -> s3-bucket orders-invoices-west -> aws us-west-2",
            "RL0100 error @ main.tf:137: If resolver 10.20.0.2 fails, terraform can no longer reach resolver 10.20.0.2, with no alternative (blast radius 1/1 components); path: terraform -> resolver 10.20.0.2",
            "RL0100 error @ terraform.tfvars:1: If aws region eu-central-1 fails, terraform can no longer reach region eu-central-1, with no alternative (blast radius 1/1 components); path: terraform -> region eu-central-1 -> aws eu-central-1",
        ], result.Findings.Select(Rendering.Of));
    }

    [Fact]
    public async Task WithoutAHealthCheckOnThePrimaryTheNameIsLostWithThePrimarysRegion()
    {
        var result = await Scan(root => FixtureScan.Replace(root, Main, "  health_check_id = aws_route53_health_check.east.id\n", string.Empty));

        Assert.Equal(["api.example.com fails with region:aws/us-east-1 @ main.tf:109:22"], Endpoints(result));
        Assert.Equal(["api.example.com"], Lost(result, "us-east-1"));
        Assert.DoesNotContain("api.example.com", Lost(result, "us-west-2"));
    }

    [Fact]
    public async Task OneRecordIsNoAlternative()
    {
        var result = await Scan(root => FixtureScan.Replace(root, Main, "  name           = \"api.example.com\"", "  name           = \"standby.example.com\""));

        Assert.Equal(["api.example.com fails with region:aws/us-east-1 @ main.tf:109:22"], Endpoints(result));
        Assert.Equal(["api.example.com"], Lost(result, "us-east-1"));
    }

    [Fact]
    public async Task ASecondaryInARegionTheFilesDoNotTellIsNoAlternative()
    {
        var result = await Scan(root => FixtureScan.Replace(root, Main, "set_identifier = \"api-us-west-2\"", "set_identifier = \"secondary\""));

        Assert.Equal(["api.example.com fails with region:aws/us-east-1 @ main.tf:109:22"], Endpoints(result));
    }

    private static Task<ScanResult> Scan(Action<string>? edit = null) =>
        FixtureScan.Of("terraform", root =>
        {
            FixtureScan.Replace(root, Main, "API_URL      = local.api_url", "API_URL      = \"https://api.example.com/v1\"");
            edit?.Invoke(root);
        });

    /// <summary>Each endpoint serving the dependency on api.example.com, with the domains it fails with.</summary>
    private static List<string> Endpoints(ScanResult result)
    {
        var graph = result.Graph;
        var dependency = Assert.Single(graph.Nodes, n => n.Kind == GraphNodeKind.Dependency && n.Label == "api.example.com");
        return
        [
            .. from served in graph.OutEdges(dependency).Where(e => e.Kind == GraphEdgeKind.ServedBy).OrderBy(e => e.Target.Id, StringComparer.Ordinal)
               from fails in graph.OutEdges(served.Target).Where(e => e.Kind == GraphEdgeKind.FailsWith).OrderBy(e => e.Target.Id, StringComparer.Ordinal)
               select $"{served.Target.Label}{At(served)} fails with {fails.Target.Id}{At(fails)}",
        ];
    }

    /// <summary>The endpoint's own ServedBy evidence only when it is a record's (the name's is the code's).</summary>
    private static string At(GraphEdge edge) =>
        edge.Kind == GraphEdgeKind.ServedBy && edge.Target.Label == "api.example.com"
            ? string.Empty
            : " @ " + string.Join(", ", edge.Evidence.Select(l => $"{l.Path}:{l.Line}:{l.Column}"));

    private static List<string> Lost(ScanResult result, params string[] regions)
    {
        var failed = regions.SelectMany(r => FailureDomains.Named(result.Graph, r)).ToList();
        Assert.Equal(regions.Length, failed.Count);
        return [.. FailureAnalysis.Analyse(result.Graph, failed).Affected.SelectMany(a => a.Lost).Select(n => n.Label).Distinct().Order(StringComparer.Ordinal)];
    }
}
