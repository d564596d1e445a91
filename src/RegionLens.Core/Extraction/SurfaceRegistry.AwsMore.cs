using System.Collections.Generic;

namespace RegionLens.Core.Extraction;

internal static partial class SurfaceRegistry
{
    /// <summary>AWS SDK surfaces beyond the region pin: process-wide defaults, DI registration, legacy global
    /// endpoints, environment variables set from code, clients of global services.</summary>
    private static IEnumerable<SurfaceVisitor> AwsMore =>
    [
        AwsConfigsRegionSurface.Visit,
        EnvironmentVariableSurface.Visit,
        LegacyGlobalEndpointSurface.Visit,
        GlobalServiceClientSurface.Visit,
        GlobalServiceRegistrationSurface.Visit,
    ];
}
