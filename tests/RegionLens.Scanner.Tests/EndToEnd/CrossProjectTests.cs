using RegionLens.Scanner.Scanning;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.EndToEnd;

public sealed class CrossProjectTests
{
    [Fact]
    public async Task AConstantDeclaredInAReferencedLibraryResolvesThroughThatLibrary()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: true);
        File.AppendAllText(copy.PathOf("src/Billing.Worker/Program.cs"),
            "var archive = new AmazonDynamoDBClient(Amazon.RegionEndpoint.GetBySystemName(AwsDefaults.PrimaryRegion));\n");

        var result = await RegionLensScanner.ScanAsync(copy.Root);

        var pin = Assert.Single(result.Dependencies, d => d.Component == "src/Billing.Worker/Billing.Worker.csproj" && d.Sink == "RegionEndpoint.GetBySystemName");
        Assert.Equal(
            "Region us-east-1 [aws/-/us-east-1] Code src/Billing.Worker/Billing.Worker.csproj via RegionEndpoint.GetBySystemName Semantic @ src/Shared.Data/AwsDefaults.cs:6:41, src/Billing.Worker/Program.cs:13:40",
            Rendering.Of(pin));
    }
}
