using RegionLens.Scanner.Tests.EndToEnd;

namespace RegionLens.Scanner.Tests.Formats;

/// <summary>Dockerfiles and nginx configuration scanned end to end from their fixture folders.</summary>
public sealed class DeploymentFileScanTests
{
    [Fact]
    public async Task ADockerfileBakesARegionAnEndpointAndOneResolverIntoItsImage()
    {
        var result = await FixtureScan.Of("dockerfile");

        Rendering.AssertLines(
        [
            "Region us-east-1 [aws/-/us-east-1] Iac Dockerfile via ENV AWS_REGION Semantic @ Dockerfile:12:16",
            "Endpoint ledger.internal.example.net [other/-/-] Iac Dockerfile via ENV LEDGER_URL Semantic @ Dockerfile:13:16",
            "Endpoint dynamodb.us-east-1.amazonaws.com [aws/dynamodb/us-east-1] Iac Dockerfile via ENV DYNAMODB_ENDPOINT Semantic @ Dockerfile:15:23",
            "Resolver 10.0.0.2 [other/-/-] Iac Dockerfile via /etc/resolv.conf Semantic @ Dockerfile:16:22",
            "Resolver 10.0.0.2 [other/-/-] Iac Dockerfile.resolvers via /etc/resolv.conf Semantic @ Dockerfile.resolvers:3:24",
            "Resolver 10.1.0.2 [other/-/-] Iac Dockerfile.resolvers via /etc/resolv.conf Semantic @ Dockerfile.resolvers:3:45",
            "Region eu-west-1 [aws/-/eu-west-1] Iac Dockerfile.resolvers via ENV AWS_DEFAULT_REGION Semantic @ Dockerfile.resolvers:5:24",
        ], result.Dependencies.Select(Rendering.Of));
        Rendering.AssertLines(
        [
            "RL0001 warning @ Dockerfile:12: Region 'us-east-1' is hard-coded (ENV AWS_REGION); the client cannot follow a failover to another region",
            "RL0001 warning @ Dockerfile.resolvers:5: Region 'eu-west-1' is hard-coded (ENV AWS_DEFAULT_REGION); the client cannot follow a failover to another region",
            "RL0002 warning @ Dockerfile:15: Endpoint 'dynamodb.us-east-1.amazonaws.com' (dynamodb in us-east-1, set through ENV DYNAMODB_ENDPOINT) is hard-coded; it bypasses the SDK's region resolution and any failover",
            "RL0004 warning @ Dockerfile:16: Only one DNS resolver is configured: 10.0.0.2 (/etc/resolv.conf)",
            "RL0100 error @ Dockerfile:15, Dockerfile:12: If aws region us-east-1 fails, Dockerfile can no longer reach dynamodb.us-east-1.amazonaws.com, region us-east-1, with no alternative (blast radius 1/2 components); path: Dockerfile -> dynamodb.us-east-1.amazonaws.com -> aws us-east-1",
            "RL0100 error @ Dockerfile:16, Dockerfile:13, Dockerfile:15: If resolver 10.0.0.2 fails, Dockerfile can no longer reach dynamodb.us-east-1.amazonaws.com, ledger.internal.example.net, resolver 10.0.0.2, with no alternative (blast radius 1/2 components); path: Dockerfile -> resolver 10.0.0.2",
            "RL0100 error @ Dockerfile.resolvers:5: If aws region eu-west-1 fails, Dockerfile.resolvers can no longer reach region eu-west-1, with no alternative (blast radius 1/2 components); path: Dockerfile.resolvers -> region eu-west-1 -> aws eu-west-1",
        ], result.Findings.Select(Rendering.Of));
        Assert.Equal(["Dockerfile deployment", "Dockerfile.resolvers deployment"], result.Components.Select(c => $"{c.Id} {c.Kind}"));
    }

    [Fact]
    public async Task NginxHasOneResolverAndItsStaticTargetsAreEndpoints()
    {
        var result = await FixtureScan.Of("nginx");

        Rendering.AssertLines(
        [
            "Resolver 10.0.0.2 [other/-/-] Iac nginx.conf via resolver Semantic @ nginx.conf:9:14",
            "Endpoint orders.internal.example.net [other/-/-] Iac nginx.conf via upstream orders server Semantic @ nginx.conf:13:16",
            "Ip 10.20.0.15 [other/-/-] Iac nginx.conf via upstream orders server Semantic @ nginx.conf:14:16",
            "Endpoint pricing.internal.example.net [other/-/-] Iac nginx.conf via proxy_pass Semantic @ nginx.conf:27:24",
        ], result.Dependencies.Select(Rendering.Of));
        Rendering.AssertLines(
        [
            "RL0004 warning @ nginx.conf:9: Only one DNS resolver is configured: 10.0.0.2 (resolver)",
            "RL0005 note @ nginx.conf:14: IP address '10.20.0.15' is used as an endpoint (upstream orders server); it bypasses DNS failover",
            "RL0100 error @ nginx.conf:9, nginx.conf:13, nginx.conf:27: If resolver 10.0.0.2 fails, nginx.conf can no longer reach orders.internal.example.net, pricing.internal.example.net, resolver 10.0.0.2, with no alternative (blast radius 1/1 components); path: nginx.conf -> resolver 10.0.0.2",
        ], result.Findings.Select(Rendering.Of));
    }
}
