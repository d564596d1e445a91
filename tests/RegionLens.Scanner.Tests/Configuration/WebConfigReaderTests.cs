using RegionLens.Scanner.Configuration;

namespace RegionLens.Scanner.Tests.Configuration;

public sealed class WebConfigReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regionlens-webconfig-").FullName;

    [Fact]
    public void ReadsAppSettingsConnectionStringsAndTheAwsSectionAtTheirValues()
    {
        var path = Write("web.config", """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <configSections>
                <section name="aws" type="Amazon.AWSSection, AWSSDK.Core" />
              </configSections>
              <aws region="eu-central-1" profileName='orders' />
              <appSettings>
                <add key="AWSRegion" value="us-east-1" />
                <add value="https://sts.amazonaws.com" key="StsEndpoint"/>
              </appSettings>
              <connectionStrings>
                <add name="Orders" providerName="System.Data.SqlClient"
                     connectionString="Server=orders.abc123.us-east-1.rds.amazonaws.com;Database=orders" />
              </connectionStrings>
              <location path="admin">
                <appSettings>
                  <add key="Admin:ServiceUrl" value="https://admin.us-west-2.example.com" />
                </appSettings>
              </location>
            </configuration>
            """);

        var file = WebConfigReader.Read(path);

        Assert.Null(file.Environment);
        Assert.Equal(
        [
            "AWS:Region=eu-central-1 @6:15",
            "AWS:Profile=orders @6:42",
            "AWSRegion=us-east-1 @8:32",
            "StsEndpoint=https://sts.amazonaws.com @9:16",
            "ConnectionStrings:Orders=Server=orders.abc123.us-east-1.rds.amazonaws.com;Database=orders @13:27",
            "Admin:ServiceUrl=https://admin.us-west-2.example.com @17:41",
        ], Render(file));
    }

    [Fact]
    public void ReadsWcfClientEndpointsByNameOrContract()
    {
        var path = Write("Orders.Worker.exe.config", """
            <configuration>
              <system.serviceModel>
                <client>
                  <endpoint name="Billing" contract="IBilling" binding="basicHttpBinding"
                            address="https://billing.eu-west-1.example.com/Billing.svc" />
                  <endpoint contract="IInventory" binding="netTcpBinding" address =
                            "net.tcp://inventory.internal:808/Inventory.svc" />
                </client>
              </system.serviceModel>
            </configuration>
            """);

        var file = WebConfigReader.Read(path);

        Assert.Null(file.Environment);
        Assert.Equal(
        [
            "endpoint:Billing=https://billing.eu-west-1.example.com/Billing.svc @5:25",
            "endpoint:IInventory=net.tcp://inventory.internal:808/Inventory.svc @7:17",
        ], Render(file));
    }

    [Fact]
    public void ATransformFileNamesItsEnvironmentAndANamespaceDoesNotHideSections()
    {
        var path = Write("Web.Release.config", """
            <configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
              <appSettings>
                <add key="AWSRegion" value="us-west-2" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
              </appSettings>
            </configuration>
            """);

        var file = WebConfigReader.Read(path);

        Assert.Equal("Release", file.Environment);
        Assert.Equal(["AWSRegion=us-west-2 @3:32"], Render(file));
    }

    [Fact]
    public void BrokenXmlNamesItsLine()
    {
        var path = Write("app.config", """
            <configuration>
              <appSettings>
                <add key="AWSRegion" value="us-east-1" >
              </appSettings>
            </configuration>
            """);

        var error = Assert.Throws<ConfigParseException>(() => WebConfigReader.Read(path));

        Assert.Equal(path, error.FilePath);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void AnUnclosedAttributeQuoteIsAParseError()
    {
        var path = Write("app.config", "<configuration>\n  <aws region=\"us-east-1 />\n</configuration>\n");

        Assert.InRange(Assert.Throws<ConfigParseException>(() => WebConfigReader.Read(path)).Line, 2, 3);
    }

    [Fact]
    public void ALoneCarriageReturnEndsALineAsXmlCountsIt()
    {
        // Found by fuzzing: the XML parser counts a lone CR as a line break and the value search did not, so a value
        // after one was looked for past the end of its line.
        var path = Write("web.config", "<configuration>\r  <appSettings>\r\n    <add key=\"AWSRegion\" value=\"eu-west-1\" />\n  </appSettings>\r</configuration>");

        var entry = Assert.Single(WebConfigReader.Read(path).Entries);

        Assert.Equal(("eu-west-1", 3, 32), (entry.Value, entry.Location.Line, entry.Location.Column));
    }

    [Fact]
    public void EveryPrefixOfAFileEitherReadsOrNamesALineInIt()
    {
        const string content = "<configuration>\n  <aws region=\"us-east-1\"/>\n  <appSettings><add key=\"A\" value=\"b\"/></appSettings>\n</configuration>\n";
        for (var length = 0; length <= content.Length; length++)
        {
            var prefix = content[..length];
            var path = Write("web.config", prefix);
            try
            {
                WebConfigReader.Read(path);
            }
            catch (ConfigParseException e)
            {
                Assert.InRange(e.Line, 1, prefix.Split('\n').Length);
            }
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string[] Render(ConfigFile file) =>
        [.. file.Entries.Select(e => $"{e.Key}={e.Value} @{e.Location.Line}:{e.Location.Column}")];

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
