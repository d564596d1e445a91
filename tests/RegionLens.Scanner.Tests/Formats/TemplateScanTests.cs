using RegionLens.Scanner.Tests.EndToEnd;

namespace RegionLens.Scanner.Tests.Formats;

/// <summary>Bicep, ARM and CloudFormation/SAM templates scanned end to end from their fixture folders: each template
/// is a stack component (a module, linked template or nested stack it deploys is part of it), and its regions,
/// replicas and endpoints are its dependencies.</summary>
public sealed class TemplateScanTests
{
    [Fact]
    public async Task BicepStacksDeployTheirCosmosAccountToTwoRegions()
    {
        var result = await FixtureScan.Of("bicep");

        Rendering.AssertLines(
        [
            "Endpoint payments.contoso.com [other/-/-] Iac main.bicep via var paymentsUrl Semantic @ main.bicep:22:19",
            "Region eastus [azure/-/eastus] Iac main.bicep via resource cosmos 'Microsoft.DocumentDB/databaseAccounts' locations[0] Semantic @ main.bicep:25:19",
            "Region westus2 [azure/-/westus2] Iac main.bicep via resource cosmos 'Microsoft.DocumentDB/databaseAccounts' locations[1] Semantic @ main.bicep:30:19",
            "Region eastus [azure/-/eastus] Iac main.bicep via resource cosmos 'Microsoft.DocumentDB/databaseAccounts' Semantic @ main.bicep:37:13",
            "Endpoint archive.contoso.com [other/-/-] Iac main.bicep via archive.properties.customDomain.name Semantic @ main.bicep:62:13",
            "Region eastus [azure/-/eastus] Iac main.bicep via resource app 'Microsoft.Web/sites' Semantic @ main.bicep:73:13",
            "Ip 10.1.0.4 [other/-/-] Iac main.bicep via app.properties.siteConfig.dnsServers[0] Semantic @ main.bicep:81:9",
            "Region westus2 [azure/-/westus2] Iac main.bicep via module storage './modules/storage.bicep' Semantic @ main.bicep:95:15",
            "Region westus2 [azure/-/westus2] Iac modules/storage.bicep via resource sql 'Microsoft.Sql/servers' Semantic @ modules/storage.bicep:19:13",
        ], result.Dependencies.Select(Rendering.Of));
        Rendering.AssertLines(
        [
            "RL0005 note @ main.bicep:81: IP address '10.1.0.4' is used as an endpoint (app.properties.siteConfig.dnsServers[0]); it bypasses DNS failover",
            "RL0100 error @ modules/storage.bicep:19: If azure region westus2 fails, main.bicep can no longer reach sql-server orders-sql, with no alternative (blast radius 1/1 components); path: main.bicep -> storage -> sql-server orders-sql -> azure westus2",
        ], result.Findings.Select(Rendering.Of));
        // The module main.bicep calls is deployed as part of it, as a Terraform module is in its root module.
        Assert.Equal(["main.bicep stack"], result.Components.Select(c => $"{c.Id} {c.Kind}"));
    }

    [Fact]
    public async Task AnArmTemplatesLocationsResolveThroughItsParameters()
    {
        var result = await FixtureScan.Of("arm");

        Rendering.AssertLines(
        [
            "Endpoint payments.contoso.com [other/-/-] Iac azuredeploy.json via variable paymentsEndpoint Semantic @ azuredeploy.json:28:25",
            "Region eastus [azure/-/eastus] Iac azuredeploy.json via resource orders-cosmos 'Microsoft.DocumentDB/databaseAccounts' locations[0] Semantic @ azuredeploy.json:44:29",
            "Region westeurope [azure/-/westeurope] Iac azuredeploy.json via resource orders-sql-westeurope 'Microsoft.Sql/servers' Semantic @ azuredeploy.json:64:19",
            "Region westeurope [azure/-/westeurope] Iac azuredeploy.json via resource orders-sql-westeurope/orders 'Microsoft.Sql/servers/databases' Semantic @ azuredeploy.json:73:23",
            "Region westeurope [azure/-/westeurope] Iac azuredeploy.json via resource ordersarchive01 'Microsoft.Storage/storageAccounts' Semantic @ azuredeploy.json:83:19",
            "Endpoint archive.contoso.com [other/-/-] Iac azuredeploy.json via ordersarchive01.properties.customDomain.name Semantic @ azuredeploy.json:87:35",
            "Endpoint payments.contoso.com [other/-/-] Iac azuredeploy.json via orders-api/appsettings.properties.PAYMENTS_URL Semantic @ azuredeploy.json:95:25",
            "Ip 10.0.0.4 [other/-/-] Iac azuredeploy.json via orders-api/appsettings.properties.DNS_SERVER Semantic @ azuredeploy.json:97:23",
        ], result.Dependencies.Select(Rendering.Of));
        Rendering.AssertLines(
        [
            "RL0005 note @ azuredeploy.json:97: IP address '10.0.0.4' is used as an endpoint (orders-api/appsettings.properties.DNS_SERVER); it bypasses DNS failover",
            "RL0100 error @ azuredeploy.json:44: If azure region eastus fails, azuredeploy.json can no longer reach cosmos-account orders-cosmos, with no alternative (blast radius 1/1 components); path: azuredeploy.json -> cosmos-account orders-cosmos -> azure eastus",
            "RL0100 error @ azuredeploy.json:73, azuredeploy.json:64, azuredeploy.json:83: If azure region westeurope fails, azuredeploy.json can no longer reach region westeurope, sql-server orders-sql-westeurope, storage-account ordersarchive01, with no alternative (blast radius 1/1 components); path: azuredeploy.json -> region westeurope -> azure westeurope",
        ], result.Findings.Select(Rendering.Of));
    }

    [Fact]
    public async Task ASamTemplatesConditionsGlobalsAndGlobalTableReplicasAreRead()
    {
        var result = await FixtureScan.Of("cloudformation");

        Rendering.AssertLines(
        [
            "Endpoint payments.example.net [other/-/-] Iac orders-stack.yaml via Globals.Function env PAYMENTS_URL Semantic @ orders-stack.yaml:29:23",
            "Region us-east-1 [aws/-/us-east-1] Iac orders-stack.yaml via function OrdersFunction env STANDBY_REGION Semantic @ orders-stack.yaml:40:27",
            "Region us-west-2 [aws/-/us-west-2] Iac orders-stack.yaml via function OrdersFunction env STANDBY_REGION Semantic @ orders-stack.yaml:40:27",
            "Endpoint inventory.example.com [other/-/-] Iac orders-stack.yaml via function OrdersFunction env INVENTORY_ENDPOINT Semantic @ orders-stack.yaml:41:31",
            "Region eu-west-1 [aws/-/eu-west-1] Iac orders-stack.yaml via OrdersTable.Replicas[1].Region Semantic @ orders-stack.yaml:59:19",
        ], result.Dependencies.Select(Rendering.Of));
        Rendering.AssertLines(
        [
            "RL0100 error @ orders-stack.yaml:40: If aws region us-east-1 fails, orders-stack.yaml can no longer reach region us-east-1, with no alternative (blast radius 1/2 components); path: orders-stack.yaml -> region us-east-1 -> aws us-east-1",
            "RL0100 error @ orders-stack.yaml:40: If aws region us-west-2 fails, orders-stack.yaml can no longer reach region us-west-2, with no alternative (blast radius 1/2 components); path: orders-stack.yaml -> region us-west-2 -> aws us-west-2",
        ], result.Findings.Select(Rendering.Of));
    }
}
