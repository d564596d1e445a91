using RegionLens.Scanner.Tests.EndToEnd;

namespace RegionLens.Scanner.Tests.Formats;

/// <summary>
/// RL0009 for Azure Storage: a Bicep file makes an account read-access geo-redundant, one project reads its blob
/// endpoint without the secondary and another gives its client <c>GeoRedundantSecondaryUri</c> (DOMAIN §7: the RA-GRS
/// secondary is a mitigation only for the clients that are told where it is).
/// </summary>
public sealed class StorageSecondaryTests
{
    private const string Flagged =
        "RL0009 note @ src/Photos.Api/Program.cs:5, deploy/storage.bicep:3: Storage account 'contosophotos' is read-access geo-redundant (RA-GRS or RA-GZRS), but this client has no GeoRedundantSecondaryUri; its reads cannot fall back to the secondary region";

    [Theory]
    [InlineData("Standard_RAGRS")]
    [InlineData("Standard_RAGZRS")]
    public async Task OnlyTheClientWithoutTheSecondaryOfAReadAccessAccountIsReported(string sku)
    {
        var result = await FixtureScan.Of("storage-secondary", root => FixtureScan.Replace(root, "deploy/storage.bicep", "Standard_RAGRS", sku));

        Rendering.AssertLines([Flagged], result.Findings.Where(f => f.RuleId == "RL0009").Select(Rendering.Of));
    }

    [Theory]
    [InlineData("Standard_GRS")]
    [InlineData("Standard_LRS")]
    public async Task AnAccountWhoseSecondaryCannotBeReadIsNotReported(string sku)
    {
        var result = await FixtureScan.Of("storage-secondary", root => FixtureScan.Replace(root, "deploy/storage.bicep", "Standard_RAGRS", sku));

        Assert.DoesNotContain(result.Findings, f => f.RuleId == "RL0009");
    }

    [Fact]
    public async Task ASecondaryWithAFallbackValueCountsForItsComponent()
    {
        var result = await FixtureScan.Of("storage-secondary", root =>
        {
            FixtureScan.Replace(root, "src/Photos.Api/Program.cs",
                "new BlobServiceClient(new Uri(\"https://contosophotos.blob.core.windows.net\"), new DefaultAzureCredential());",
                "new BlobServiceClient(new Uri(\"https://contosophotos.blob.core.windows.net\"), new DefaultAzureCredential(),\n"
                + "    new BlobClientOptions { GeoRedundantSecondaryUri = new Uri(Environment.GetEnvironmentVariable(\"PHOTOS_SECONDARY\") ?? \"https://contosophotos-secondary.blob.core.windows.net\") });");
        });

        Assert.DoesNotContain(result.Findings, f => f.RuleId == "RL0009");
    }
}
