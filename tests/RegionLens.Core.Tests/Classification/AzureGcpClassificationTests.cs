using System.Collections.Generic;
using RegionLens.Core.Classification;
using Xunit;

namespace RegionLens.Core.Tests.Classification;

/// <summary>Azure (DOMAIN §3.4) and Google Cloud (DOMAIN §3.5) hostnames.</summary>
public class AzureGcpClassificationTests
{
    [Theory]
    [InlineData("contoso-westus.documents.azure.com", "documents", "westus", EndpointScope.Regional)]
    [InlineData("contoso-eastus2.documents.azure.com", "documents", "eastus2", EndpointScope.Regional)]
    [InlineData("my-cosmos-acct-southcentralus.documents.azure.com", "documents", "southcentralus", EndpointScope.Regional)]
    [InlineData("contoso-usgovvirginia.documents.azure.us", "documents", "usgovvirginia", EndpointScope.Regional)]
    [InlineData("contoso.documents.azure.com", "documents", null, EndpointScope.Public)]
    [InlineData("contoso-prod.documents.azure.com", "documents", null, EndpointScope.Public)]
    [InlineData("myapp-ds27dh7271aah175.westus-01.azurewebsites.net", "appservice", "westus", EndpointScope.Regional)]
    [InlineData("myapp.azurewebsites.net", "appservice", null, EndpointScope.Public)]
    [InlineData("myapp.happyhill-70162bb9.canadacentral.azurecontainerapps.io", "containerapps", "canadacentral", EndpointScope.Regional)]
    [InlineData("myaks-dns-1a2b3c4d.hcp.eastus.azmk8s.io", "aks", "eastus", EndpointScope.Regional)]
    [InlineData("1a2b3c4d.privatelink.westeurope.azmk8s.io", "aks", "westeurope", EndpointScope.Regional)]
    [InlineData("mylabel.westus2.cloudapp.azure.com", "publicip", "westus2", EndpointScope.Regional)]
    [InlineData("myaccount.blob.core.windows.net", "blob", null, EndpointScope.Public)]
    [InlineData("myaccount-secondary.blob.core.windows.net", "blob", null, EndpointScope.Public)]
    [InlineData("myaccount.dfs.core.windows.net", "dfs", null, EndpointScope.Public)]
    [InlineData("myfog.database.windows.net", "sql", null, EndpointScope.Public)]
    [InlineData("myfog.secondary.database.windows.net", "sql", null, EndpointScope.Public)]
    [InlineData("myns.servicebus.windows.net", "servicebus", null, EndpointScope.Public)]
    [InlineData("myendpoint-abcdef123456.z01.azurefd.net", "frontdoor", null, EndpointScope.GlobalEdge)]
    [InlineData("myapp.trafficmanager.net", "trafficmanager", null, EndpointScope.GlobalEdge)]
    [InlineData("login.microsoftonline.com", "entra-id", null, EndpointScope.Global)]
    [InlineData("login.microsoftonline.us", "entra-id", null, EndpointScope.Global)]
    [InlineData("login.chinacloudapi.cn", "entra-id", null, EndpointScope.Global)]
    [InlineData("management.azure.com", "arm", null, EndpointScope.Global)]
    [InlineData("myvault.vault.azure.net", null, null, EndpointScope.Public)]
    public void Classifies_azure_hosts(string host, string? service, string? region, EndpointScope scope)
    {
        var result = TestRegions.Classify(host);

        Assert.Equal("azure", result.Provider);
        Assert.Equal(service, result.Service);
        Assert.Equal(region, result.Region);
        Assert.Equal(scope, result.Scope);
        Assert.Null(result.Partition);
        Assert.Null(result.HomeRegion);
    }

    [Theory]
    [InlineData("contoso-westus.documents.azure.com", "bypasses multi-region routing")]
    [InlineData("myaccount-secondary.blob.core.windows.net", "RA-GRS secondary")]
    [InlineData("myfog.secondary.database.windows.net", "failover-group read-only listener")]
    [InlineData("myapp.azurewebsites.net", "legacy default hostname")]
    public void Azure_notes_say_what_the_host_implies(string host, string noteFragment)
    {
        Assert.Contains(noteFragment, TestRegions.Classify(host).Note);
    }

    [Fact]
    public void Unknown_azure_region_tokens_are_reported()
    {
        var result = TestRegions.Classify("myapp-ds27dh7271aah175.marsnorth-01.azurewebsites.net");

        Assert.Equal("appservice", result.Service);
        Assert.Equal(EndpointScope.Regional, result.Scope);
        Assert.Null(result.Region);
        Assert.Equal("unknown region 'marsnorth'", result.Note);
    }

    [Fact]
    public void Azure_regions_from_the_catalogue_are_accepted_too()
    {
        var regions = new RegionCatalogue(new List<RegionInfo> { new("azure", "newregion1", "azure", null, null) });

        var result = TestRegions.Classify("myapp.env-1234.newregion1.azurecontainerapps.io", regions);

        Assert.Equal("newregion1", result.Region);
        Assert.Null(result.Note);
    }

    [Fact]
    public void Every_cosmos_region_name_makes_a_regional_endpoint()
    {
        Assert.Equal(99, EndpointClassifier.AzureRegionNames.Count);
        foreach (var name in EndpointClassifier.AzureRegionNames)
        {
            var result = TestRegions.Classify($"contoso-{name}.documents.azure.com");
            Assert.Equal(name, result.Region);
            Assert.Equal(EndpointScope.Regional, result.Scope);
        }
    }

    [Theory]
    [InlineData("us-central1-aiplatform.googleapis.com", "aiplatform", "us-central1", EndpointScope.Regional)]
    [InlineData("europe-west4-ml.googleapis.com", "ml", "europe-west4", EndpointScope.Regional)]
    [InlineData("storage.europe-west3.rep.googleapis.com", "storage", "europe-west3", EndpointScope.Regional)]
    [InlineData("pubsub.us-east4.p.rep.googleapis.com", "pubsub", "us-east4", EndpointScope.Regional)]
    [InlineData("tag---checkout-123456789012.us-central1.run.app", "run", "us-central1", EndpointScope.Regional)]
    [InlineData("checkout-123456789012.asia-northeast1.run.app", "run", "asia-northeast1", EndpointScope.Regional)]
    [InlineData("checkout-abc123xyz-uc.a.run.app", "run", null, EndpointScope.Public)]
    [InlineData("storage.googleapis.com", "storage", null, EndpointScope.Global)]
    [InlineData("pubsub.googleapis.com", "pubsub", null, EndpointScope.Global)]
    [InlineData("my-gateway-abc123.uc.gateway.dev", null, null, EndpointScope.Public)]
    public void Classifies_gcp_hosts(string host, string? service, string? region, EndpointScope scope)
    {
        var result = TestRegions.Classify(host);

        Assert.Equal("gcp", result.Provider);
        Assert.Equal(service, result.Service);
        Assert.Equal(region, result.Region);
        Assert.Equal(scope, result.Scope);
        Assert.Null(result.Partition);
    }

    [Theory]
    [InlineData("us-central9-aiplatform.googleapis.com", "aiplatform", "us-central9")]
    [InlineData("spanner.europe-west99.rep.googleapis.com", "spanner", "europe-west99")]
    public void Unknown_gcp_region_tokens_are_reported(string host, string service, string token)
    {
        var result = TestRegions.Classify(host);

        Assert.Equal(service, result.Service);
        Assert.Equal(EndpointScope.Regional, result.Scope);
        Assert.Null(result.Region);
        Assert.Equal($"unknown region '{token}'", result.Note);
    }

    [Fact]
    public void Every_gcp_region_makes_a_regional_endpoint()
    {
        Assert.Equal(42, EndpointClassifier.GcpRegionNames.Count);
        foreach (var region in EndpointClassifier.GcpRegionNames)
        {
            var result = TestRegions.Classify($"storage.{region}.rep.googleapis.com");
            Assert.Equal(region, result.Region);
        }
    }
}
