using System.Text;
using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Infrastructure.Arm;
using RegionLens.Scanner.Tests.CloudFormation;

namespace RegionLens.Scanner.Tests.Arm;

public sealed class ArmTemplateFactsTests
{
    [Fact]
    public void TemplateGivesLocationsDataStoresAndEndpointsAtTheirPositions()
    {
        var path = FactLines.Fixture("arm", "azuredeploy.json");

        FactLines.Assert(
            [
                "region {resourceGroup().location}?@37:19 resource orders-cosmos 'Microsoft.DocumentDB/databaseAccounts' deploy",
                "region eastus@44:29 resource orders-cosmos 'Microsoft.DocumentDB/databaseAccounts' locations[0] deploy",
                "region westeurope@64:19 resource orders-sql-westeurope 'Microsoft.Sql/servers' deploy",
                "region westeurope@73:23 resource orders-sql-westeurope/orders 'Microsoft.Sql/servers/databases' deploy",
                "region westeurope@83:19 resource ordersarchive01 'Microsoft.Storage/storageAccounts' deploy",
                "endpoint https://payments.contoso.com/api@28:25 variable paymentsEndpoint",
                "endpoint archive.contoso.com@87:35 ordersarchive01.properties.customDomain.name",
                "endpoint https://payments.contoso.com/api@95:25 orders-api/appsettings.properties.PAYMENTS_URL",
                "endpoint https://orders-cosmos-{uniqueString(resourceGroup().id)}.documents.azure.com?@96:24 orders-api/appsettings.properties.STANDBY_URL",
                "endpoint 10.0.0.4@97:23 orders-api/appsettings.properties.DNS_SERVER",
                "store cosmos-account orders-cosmos @33:5 name=orders-cosmos@36:15 region=eastus@44:29 replicas=[]",
                "store sql-server orders-sql-westeurope @60:5 name=orders-sql-westeurope@63:15 region=westeurope@64:19 replicas=[]",
                "store storage-account ordersarchive01 @79:5 name=ordersarchive01@82:15 region=westeurope@83:19 replicas=[] replication",
            ],
            ArmTemplateFacts.Read(path, File.ReadAllBytes(path)));
    }

    [Fact]
    public void TruncatedTemplateFailsOnTheLineWhereItStops()
    {
        var path = FactLines.Fixture("malformed", "broken-arm.json");

        var error = Assert.Throws<ConfigParseException>(() => ArmTemplateFacts.Read(path, File.ReadAllBytes(path)));

        Assert.Equal(10, error.Line);
    }

    [Theory]
    [InlineData("westus", "westus")]
    [InlineData("[[literal]", "[literal]")]
    [InlineData("[parameters('location')]", "{resourceGroup().location}?")]
    [InlineData("[parameters('Region')]", "northeurope")]
    [InlineData("[parameters('noDefault')]", "{parameters('noDefault')}?")]
    [InlineData("[parameters('missing')]", "{parameters('missing')}?")]
    [InlineData("[variables('host')]", "orders.northeurope.contoso.com")]
    [InlineData("[variables('loop')]", "{variables('loop')}?")]
    [InlineData("[resourceGroup().location]", "{resourceGroup().location}?")]
    [InlineData("[concat('https://', variables('host'), ':443')]", "https://orders.northeurope.contoso.com:443")]
    [InlineData("[concat(parameters('location'), '-2')]", "{resourceGroup().location}-2?")]
    [InlineData("[concat('a-', uniqueString(resourceGroup().id))]", "a-{uniqueString(resourceGroup().id)}?")]
    [InlineData("[toLower(parameters('Region'))]", "{toLower(parameters('Region'))}?")]
    [InlineData("[resourceGroup().tags['x']]", "{resourceGroup().tags['x']}?")]
    [InlineData("[concat('it''s', ' ok')]", "it's ok")]
    [InlineData("[concat('unterminated]", "{concat('unterminated}?")]
    public void ExpressionsResolveThroughParametersAndVariables(string written, string expected)
    {
        var template = """
            {
              "parameters": {
                "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
                "region": { "type": "string", "defaultValue": "northeurope" },
                "noDefault": { "type": "string" }
              },
              "variables": {
                "host": "[concat('orders.', parameters('region'), '.contoso.com')]",
                "loop": "[variables('loop')]"
              },
              "resources": [
                { "type": "Microsoft.Web/sites", "name": "app", "location": "VALUE" }
              ]
            }
            """.Replace("VALUE", written, StringComparison.Ordinal);

        var facts = ArmTemplateFacts.Read("t.json", Encoding.UTF8.GetBytes(template));

        var region = Assert.Single(facts.Regions).Region;
        Assert.Equal(expected, region.Text + (region.IsResolved ? "" : "?"));
    }
}
