using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RegionLens.Core.Extraction;

/// <summary>Looks at one syntax node and records what it finds in the context.</summary>
internal delegate void SurfaceVisitor(SyntaxNode node, SurfaceContext context);

/// <summary>
/// Every C# surface the collector asks about each node. Each group of surfaces (AWS, Azure, HTTP and DNS, …) lists
/// its visitors in a file of its own beside this one.
/// </summary>
internal static partial class SurfaceRegistry
{
    public static IReadOnlyList<SurfaceVisitor> All { get; } = [.. AwsCore, .. Http, .. Configuration, .. AwsMore, .. Network, .. Azure, .. Google];

    /// <summary>The surfaces of the walking skeleton: region pins, client configs, AWSOptions and URIs.</summary>
    private static IEnumerable<SurfaceVisitor> AwsCore =>
    [
        RegionEndpointSurface.Visit,
        ClientConfigSurface.Visit,
        AwsOptionsSurface.Visit,
        CdkSurface.Visit,
    ];

    private static IEnumerable<SurfaceVisitor> Http => [UriSurface.Visit];

    /// <summary>Google Cloud: client builders' endpoints.</summary>
    private static IEnumerable<SurfaceVisitor> Google => [GoogleClientBuilderSurface.Visit];

    private static IEnumerable<SurfaceVisitor> Configuration => [ConnectionStringSurface.Visit, DataClientSurface.Visit];
}
