using RegionLens.Scanner.Scanning;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.EndToEnd;

/// <summary>A scan starts from a .slnx, a classic .sln, a .csproj or a folder; paths are relative to the folder
/// that holds it.</summary>
public sealed class EntryPointTests
{
    private const string ClassicSolution = """
        Microsoft Visual Studio Solution File, Format Version 12.00
        # Visual Studio Version 17
        Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "Shared.Data", "src\Shared.Data\Shared.Data.csproj", "{6F0C2A61-1D0B-4C43-9E11-0A6C1E4B2D01}"
        EndProject
        Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "Orders.Api", "src\Orders.Api\Orders.Api.csproj", "{6F0C2A61-1D0B-4C43-9E11-0A6C1E4B2D02}"
        EndProject
        Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "Billing.Worker", "src\Billing.Worker\Billing.Worker.csproj", "{6F0C2A61-1D0B-4C43-9E11-0A6C1E4B2D03}"
        EndProject
        Global
        EndGlobal
        """;

    [Fact]
    public async Task AClassicSolutionFileLoadsEveryProject()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        File.Delete(copy.PathOf("OutageShaped.slnx"));
        File.WriteAllText(copy.PathOf("Classic.sln"), ClassicSolution);

        var result = await RegionLensScanner.ScanAsync(copy.PathOf("Classic.sln"));

        // The classic solution lists three of the sample's four projects; Edge.Gateway is not in it.
        // The gateway is not in this solution, so its Deployment is a unit of its own.
        Assert.Equal(["deploy/k8s/edge-gateway.yaml", "deploy/terraform", "src/Billing.Worker/Billing.Worker.csproj", "src/Orders.Api/Orders.Api.csproj"], result.Components.Select(c => c.Id));
        Assert.Equal(7, result.Dependencies.Count); // 5 from the two projects, the stack's region and the Deployment's name server
    }

    [Fact]
    public async Task AProjectFileBringsItsReferencedProjectsAndPathsAreRelativeToItsFolder()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);

        var result = await RegionLensScanner.ScanAsync(copy.PathOf("src/Billing.Worker/Billing.Worker.csproj"));

        Assert.Equal(["Billing.Worker.csproj"], result.Components.Select(c => c.Id));
        Rendering.AssertLines(
        [
            "Region us-east-1 [aws/-/us-east-1] Code ../Shared.Data/Shared.Data.csproj via RegionEndpoint.GetBySystemName Syntactic @ ../Shared.Data/AwsDefaults.cs:6:41, ../Shared.Data/DynamoClientFactory.cs:10:34",
            "Endpoint dynamodb.us-east-1.amazonaws.com [aws/dynamodb/us-east-1] Code Billing.Worker.csproj via ClientConfig.ServiceURL Syntactic @ Program.cs:5:54",
        ], result.Dependencies.Select(Rendering.Of));
    }

    [Fact]
    public async Task AFolderWithoutASolutionScansEveryProjectBelowIt()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        File.Delete(copy.PathOf("OutageShaped.slnx"));

        var result = await RegionLensScanner.ScanAsync(copy.Root);

        Assert.Equal(["deploy/terraform", "src/Billing.Worker/Billing.Worker.csproj", "src/Edge.Gateway/Edge.Gateway.csproj", "src/Orders.Api/Orders.Api.csproj"], result.Components.Select(c => c.Id));
        Assert.Equal(11, result.Dependencies.Count);
    }
}
