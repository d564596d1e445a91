using RegionLens.Scanner.Tests.EndToEnd;

namespace RegionLens.Scanner.Tests.Formats;

/// <summary>Kubernetes manifests, compose files and Helm charts scanned end to end from their fixture folders.</summary>
public sealed class OrchestrationScanTests
{
    [Fact]
    public async Task KubernetesManifestsGiveResolversEndpointsAndRegionsWithTheirFindings()
    {
        var result = await FixtureScan.Of("kubernetes");

        Rendering.AssertLines(
        [
            "Resolver 10.100.0.10 [other/-/-] Iac orders.yaml via Deployment/orders dnsConfig.nameservers Semantic @ orders.yaml:21:13",
            "Ip 10.20.30.40 [other/-/-] Iac orders.yaml via Deployment/orders hostAliases ledger.corp.example.com Semantic @ orders.yaml:28:15",
            "Ip 10.20.30.40 [other/-/-] Iac orders.yaml via Deployment/orders hostAliases ledger Semantic @ orders.yaml:28:15",
            "Endpoint orders-db.cluster-c1a2b3.eu-west-1.rds.amazonaws.com [aws/rds/eu-west-1] Iac orders.yaml via Deployment/orders container migrate env DB_HOST Semantic @ orders.yaml:37:22",
            "Region eu-west-1 [aws/-/eu-west-1] Iac orders.yaml via Deployment/orders container api env AWS_REGION Semantic @ orders.yaml:47:22",
            "Endpoint payments.example.net [other/-/-] Iac orders.yaml via Deployment/orders container api env PAYMENTS_URL Semantic @ orders.yaml:49:22",
            "Endpoint inventory.shop.svc.cluster.local [other/-/-] Iac orders.yaml via Deployment/orders container api env INVENTORY_URL Semantic @ orders.yaml:51:22",
            "Region us-east-1 [aws/-/us-east-1] Iac orders.yaml via CronJob/nightly-report container report env AWS_DEFAULT_REGION Semantic @ orders.yaml:77:54",
            "Endpoint reports.s3.us-east-1.amazonaws.com [aws/s3/us-east-1] Iac orders.yaml via CronJob/nightly-report container report env REPORT_BUCKET_URL Semantic @ orders.yaml:78:53",
            "Endpoint legacy-db.corp.example.com [other/-/-] Iac orders.yaml via Service/legacy-db externalName Semantic @ orders.yaml:86:17",
            "Endpoint orders.example.com [other/-/-] Iac orders.yaml via ConfigMap/app-config data.ORDERS_URL Semantic @ orders.yaml:104:15",
            "Region us-west-2 [aws/-/us-west-2] Iac orders.yaml via ConfigMap/app-config data.DYNAMODB_REGION Semantic @ orders.yaml:105:20",
            "Resolver 10.100.0.10 [other/-/-] Iac resilient.yaml via StatefulSet/ledger dnsConfig.nameservers Semantic @ resilient.yaml:17:23",
            "Resolver 10.100.0.11 [other/-/-] Iac resilient.yaml via StatefulSet/ledger dnsConfig.nameservers Semantic @ resilient.yaml:17:38",
        ], result.Dependencies.Select(Rendering.Of));
        Rendering.AssertLines(
        [
            "RL0002 warning @ orders.yaml:37: Endpoint 'orders-db.cluster-c1a2b3.eu-west-1.rds.amazonaws.com' (rds in eu-west-1, set through Deployment/orders container migrate env DB_HOST) is hard-coded; it bypasses the SDK's region resolution and any failover",
            "RL0002 warning @ orders.yaml:78: Endpoint 'reports.s3.us-east-1.amazonaws.com' (s3 in us-east-1, set through CronJob/nightly-report container report env REPORT_BUCKET_URL) is hard-coded; it bypasses the SDK's region resolution and any failover",
            "RL0004 warning @ orders.yaml:21: Only one DNS resolver is configured: 10.100.0.10 (Deployment/orders dnsConfig.nameservers, orders)",
            "RL0005 note @ orders.yaml:28: IP address '10.20.30.40' is used as an endpoint (Deployment/orders hostAliases ledger); it bypasses DNS failover",
            "RL0005 note @ orders.yaml:28: IP address '10.20.30.40' is used as an endpoint (Deployment/orders hostAliases ledger.corp.example.com); it bypasses DNS failover",
            "RL0100 error @ orders.yaml:21, orders.yaml:37, orders.yaml:49, orders.yaml:51, orders.yaml:78, orders.yaml:86, orders.yaml:104: If resolver 10.100.0.10 fails, orders.yaml can no longer reach inventory.shop.svc.cluster.local, legacy-db.corp.example.com, orders-db.cluster-c1a2b3.eu-west-1.rds.amazonaws.com, orders.example.com, payments.example.net, reports.s3.us-east-1.amazonaws.com and 1 more, with no alternative (blast radius 1/2 components); path: orders.yaml -> resolver 10.100.0.10",
            "RL0100 error @ orders.yaml:37, orders.yaml:47: If aws region eu-west-1 fails, orders.yaml can no longer reach orders-db.cluster-c1a2b3.eu-west-1.rds.amazonaws.com, region eu-west-1, with no alternative (blast radius 1/2 components); path: orders.yaml -> orders-db.cluster-c1a2b3.eu-west-1.rds.amazonaws.com -> aws eu-west-1",
            "RL0100 error @ orders.yaml:78, orders.yaml:77: If aws region us-east-1 fails, orders.yaml can no longer reach region us-east-1, reports.s3.us-east-1.amazonaws.com, with no alternative (blast radius 1/2 components); path: orders.yaml -> reports.s3.us-east-1.amazonaws.com -> aws us-east-1",
            "RL0100 error @ orders.yaml:105: If aws region us-west-2 fails, orders.yaml can no longer reach region us-west-2, with no alternative (blast radius 1/2 components); path: orders.yaml -> region us-west-2 -> aws us-west-2",
        ], result.Findings.Select(Rendering.Of));
    }

    [Fact]
    public async Task AComposeServiceWithOnePublicResolverIsReportedAndOneWithTwoIsNot()
    {
        var result = await FixtureScan.Of("compose");

        Rendering.AssertLines(
        [
            "Region eu-central-1 [aws/-/eu-central-1] Iac docker-compose.yml via services.worker.environment.AWS_REGION Semantic @ docker-compose.yml:2:15",
            "Resolver 8.8.8.8 [other/-/-] Iac docker-compose.yml via services.api.dns Semantic @ docker-compose.yml:7:10",
            "Endpoint payments.example.net [other/-/-] Iac docker-compose.yml via services.api.environment.PAYMENTS_URL Semantic @ docker-compose.yml:13:23",
            "Endpoint orders-db.example.internal [other/postgresql/-] Iac docker-compose.yml via services.api.environment.DB Semantic @ docker-compose.yml:15:12",
            "Ip 10.20.30.40 [other/-/-] Iac docker-compose.yml via services.api.extra_hosts ledger.corp.example.com Semantic @ docker-compose.yml:17:34",
            "Ip 2001:db8::10 [other/-/-] Iac docker-compose.yml via services.api.extra_hosts legacy Semantic @ docker-compose.yml:19:18",
            "Resolver 10.0.0.2 [other/-/-] Iac docker-compose.yml via services.worker.dns Semantic @ docker-compose.yml:27:9",
            "Resolver 10.0.0.3 [other/-/-] Iac docker-compose.yml via services.worker.dns Semantic @ docker-compose.yml:28:9",
            "Endpoint sqs.eu-central-1.amazonaws.com [aws/sqs/eu-central-1] Iac docker-compose.yml via services.worker.environment.QUEUE_URL Semantic @ docker-compose.yml:31:18",
            "Ip 10.20.30.50 [other/-/-] Iac docker-compose.yml via services.worker.extra_hosts metrics.corp.example.com Semantic @ docker-compose.yml:34:33",
        ], result.Dependencies.Select(Rendering.Of));
        Rendering.AssertLines(
        [
            "RL0002 warning @ docker-compose.yml:31: Endpoint 'sqs.eu-central-1.amazonaws.com' (sqs in eu-central-1, set through services.worker.environment.QUEUE_URL) is hard-coded; it bypasses the SDK's region resolution and any failover",
            "RL0004 warning @ docker-compose.yml:7: Only one DNS resolver is configured: 8.8.8.8 (services.api.dns, api)",
            "RL0005 note @ docker-compose.yml:17: IP address '10.20.30.40' is used as an endpoint (services.api.extra_hosts ledger.corp.example.com); it bypasses DNS failover",
            "RL0005 note @ docker-compose.yml:19: IP address '2001:db8::10' is used as an endpoint (services.api.extra_hosts legacy); it bypasses DNS failover",
            "RL0005 note @ docker-compose.yml:34: IP address '10.20.30.50' is used as an endpoint (services.worker.extra_hosts metrics.corp.example.com); it bypasses DNS failover",
            "RL0100 error @ docker-compose.yml:7, docker-compose.yml:13, docker-compose.yml:15, docker-compose.yml:31: If resolver 8.8.8.8 fails, docker-compose.yml can no longer reach orders-db.example.internal, payments.example.net, resolver 8.8.8.8, sqs.eu-central-1.amazonaws.com, with no alternative (blast radius 1/1 components); path: docker-compose.yml -> resolver 8.8.8.8",
            "RL0100 error @ docker-compose.yml:31, docker-compose.yml:2: If aws region eu-central-1 fails, docker-compose.yml can no longer reach region eu-central-1, sqs.eu-central-1.amazonaws.com, with no alternative (blast radius 1/1 components); path: docker-compose.yml -> sqs.eu-central-1.amazonaws.com -> aws eu-central-1",
        ], result.Findings.Select(Rendering.Of));
    }

    [Fact]
    public async Task AHelmChartsValuesAreReadAndItsTemplatesAreSkippedWithANote()
    {
        var result = await FixtureScan.Of("helm");

        Rendering.AssertLines(
        [
            "Region us-east-1 [aws/-/us-east-1] Iac orders/values.yaml via global.awsRegion Semantic @ orders/values.yaml:10:14",
            "Endpoint orders.example.com [other/-/-] Iac orders/values.yaml via global.ordersApi.url Semantic @ orders/values.yaml:12:10",
            "Resolver 169.254.169.253 [aws/-/-] Iac orders/values.yaml via podDnsConfig.nameservers Semantic @ orders/values.yaml:17:7",
            "Endpoint orders.cluster-c1a2b3.us-east-1.rds.amazonaws.com [aws/rds/us-east-1] Iac orders/values.yaml via database.host Semantic @ orders/values.yaml:23:9",
            "Region westeurope [azure/-/westeurope] Iac orders/values.yaml via cosmos.location Semantic @ orders/values.yaml:28:13",
            "Endpoint ledger.corp.example.com [other/-/-] Iac orders/values.yaml via extraHosts[0] Semantic @ orders/values.yaml:31:5",
        ], result.Dependencies.Select(Rendering.Of));
        Rendering.AssertLines(
        [
            "RL0002 warning @ orders/values.yaml:23: Endpoint 'orders.cluster-c1a2b3.us-east-1.rds.amazonaws.com' (rds in us-east-1, set through database.host) is hard-coded; it bypasses the SDK's region resolution and any failover",
            "RL0100 error @ orders/values.yaml:23, orders/values.yaml:10: If aws region us-east-1 fails, values.yaml can no longer reach orders.cluster-c1a2b3.us-east-1.rds.amazonaws.com, region us-east-1, with no alternative (blast radius 1/1 components); path: values.yaml -> orders.cluster-c1a2b3.us-east-1.rds.amazonaws.com -> aws us-east-1",
            "RL0100 error @ orders/values.yaml:28: If azure region westeurope fails, values.yaml can no longer reach region westeurope, with no alternative (blast radius 1/1 components); path: values.yaml -> region westeurope -> azure westeurope",
        ], result.Findings.Select(Rendering.Of));
        Assert.Equal(["Note orders/templates/deployment.yaml skipped: a Helm template is not YAML until it is rendered; its chart's values.yaml is read"],
            FixtureScan.Notifications(result).Where(n => n.StartsWith("Note", StringComparison.Ordinal)));
    }
}
