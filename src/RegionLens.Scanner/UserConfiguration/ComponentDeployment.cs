using RegionLens.Core.Model;

namespace RegionLens.Scanner.UserConfiguration;

/// <summary>Where the user says a component runs (<c>components</c> in <c>regionlens.json</c>): the regions it is
/// deployed to, which the infrastructure files may not show. <see cref="Locations"/> are where each region is written
/// (the config file's path as given, 1-based line and column of the string), one per region, so that what the scan
/// derives from a region points back at it; <see cref="Line"/> is the line of the component's key. Both are empty
/// (0) for a deployment built in code.</summary>
public sealed record ComponentDeployment(IReadOnlyList<string> Regions, IReadOnlyList<SourceLocation>? Locations = null, int Line = 0)
{
    /// <summary>Where <see cref="Regions"/>[<paramref name="index"/>] is written, when known.</summary>
    public SourceLocation? LocationOf(int index) => Locations is { } all && index < all.Count ? all[index] : null;
}
