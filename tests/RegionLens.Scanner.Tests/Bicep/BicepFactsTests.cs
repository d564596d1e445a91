using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Infrastructure;
using RegionLens.Scanner.Infrastructure.Bicep;
using RegionLens.Scanner.Tests.CloudFormation;

namespace RegionLens.Scanner.Tests.Bicep;

public sealed class BicepFactsTests
{
    [Fact]
    public void MainFileGivesLocationsDataStoresModuleRegionAndEndpoints()
    {
        // The Cosmos locations are written in the variable cosmosLocations, so they are reported there; the existing
        // virtual network is not created by the file and states nothing.
        FactLines.Assert(
            [
                "region eastus@25:19 resource cosmos 'Microsoft.DocumentDB/databaseAccounts' locations[0] deploy",
                "region westus2@30:19 resource cosmos 'Microsoft.DocumentDB/databaseAccounts' locations[1] deploy",
                "region eastus@37:13 resource cosmos 'Microsoft.DocumentDB/databaseAccounts' deploy",
                "region {resourceGroup().location}?@55:13 resource archive 'Microsoft.Storage/storageAccounts' deploy",
                "region eastus@73:13 resource app 'Microsoft.Web/sites' deploy",
                "region westus2@95:15 module storage './modules/storage.bicep' deploy",
                "endpoint https://payments.contoso.com/v2@22:19 var paymentsUrl",
                "endpoint archive.contoso.com@62:13 archive.properties.customDomain.name",
                "endpoint 10.1.0.4@81:9 app.properties.siteConfig.dnsServers[0]",
                "store cosmos-account cosmos @35:1 name=orders-{uniqueString(resourceGroup().id)}?@36:9 region=eastus@25:19 replicas=[westus2@30:19]",
                "store storage-account archive @53:1 name=ordersarchive{environment}?@54:9 region={resourceGroup().location}?@55:13 replicas=[] replication",
            ],
            Read("bicep", "main.bicep"));
    }

    [Fact]
    public void ModuleFileGivesItsOwnStores()
    {
        FactLines.Assert(
            [
                "region {location}?@10:13 resource shared 'Microsoft.Storage/storageAccounts' deploy",
                "region westus2@19:13 resource sql 'Microsoft.Sql/servers' deploy",
                "store storage-account shared @8:1 name=ordersshared{uniqueString(resourceGroup().id)}?@9:9 region={location}?@10:13 replicas=[]",
                "store sql-server sql @17:1 name=orders-sql@18:9 region=westus2@19:13 replicas=[]",
            ],
            Read("bicep", "modules", "storage.bicep"));
    }

    [Fact]
    public void UnclosedBraceFailsWhereTheNextDeclarationStarts()
    {
        var error = Assert.Throws<ConfigParseException>(() => Read("malformed", "broken.bicep"));

        Assert.Equal(9, error.Line);
    }

    [Theory]
    [InlineData("param a string = 'open\nparam b string = 'x'", 1)]
    [InlineData("param a string = 'x'\nvar m = '''\nnever closed\n", 2)]
    [InlineData("/* never closed\nparam a string = 'x'", 1)]
    [InlineData("var a = 'x'\n}\n", 2)]
    [InlineData("var a = {\n  b: 'c'\n", 1)]
    [InlineData("var a = [\n  'b'\n", 1)]
    [InlineData("var a = 'x${b'\n", 1)]
    [InlineData("resource r 'T@1' = {\n  location 'x'\n}\n", 2)]
    [InlineData("var a = 'x' 'y'\n", 1)]
    [InlineData("var a = 'bad \\q escape'\n", 1)]
    [InlineData("type t = {\n  a: string\n", 1)]
    public void MalformedTextFailsOnItsLine(string text, int line)
    {
        var error = Assert.Throws<ConfigParseException>(() => BicepFacts.Read("bad.bicep", text));

        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void StringsCommentsAndStatementsTheFactsDoNotUseAreReadPast()
    {
        var facts = BicepFacts.Read("m.bicep", """
            import { names } from 'shared.bicep' // a comment with a 'quote
            metadata owner = 'orders team'
            type regionSettings = {
              @description('Region name')
              name: string
            }
            func prefixed(name string) string => 'orders-${name}'
            param region string = /* inline */ 'west${'europe'}'
            var escaped = 'it\'s \${literal} https://ops.contoso.com'
            var text = '''
            line one 'quoted' https://ops.contoso.com
            '''
            var choice = region == 'westeurope' ? 'https://eu.contoso.com' : 'https://us.contoso.com'
            var host = '${region}.orders.contoso.com'
            resource plan 'Microsoft.Web/serverfarms@2022-09-01' = {
              name: 'plan', location: region, sku: { name: 'P1v3' }
            }
            resource sites 'Microsoft.Web/sites@2022-09-01' = [for i in range(0, 2): {
              name: 'site-${i}'
              location: toLower(region)
            }]
            """);

        FactLines.Assert(
            [
                "region westeurope@16:27 resource plan 'Microsoft.Web/serverfarms' deploy",
                "region {toLower(region)}?@20:13 resource sites 'Microsoft.Web/sites' deploy",
                "endpoint westeurope.orders.contoso.com@14:12 var host",
            ],
            facts);
    }

    private static InfrastructureFacts Read(params string[] parts)
    {
        var path = FactLines.Fixture(parts);
        return BicepFacts.Read(path, File.ReadAllText(path));
    }
}
