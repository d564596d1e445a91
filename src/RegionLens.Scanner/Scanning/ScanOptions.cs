namespace RegionLens.Scanner.Scanning;

/// <summary>How a scan treats the scanned tree.</summary>
/// <param name="TrustBuild">Load C# projects with MSBuild's design-time build, which runs the tree's own MSBuild logic
/// (<c>Directory.Build.props/targets</c>, tasks, <c>Exec</c>). Off by default: projects are then read as data and
/// nothing from the tree runs. Only for a tree whose build you would run anyway.</param>
/// <param name="Scope">Whether C# is loaded and analysed, or only configuration and infrastructure files are read.</param>
/// <param name="Cache">Where to keep and find the code stage's results between scans of a tree; null (the default)
/// for none. Used with the default loader only: a trusted build's inputs are whatever its MSBuild logic reads.</param>
public sealed record ScanOptions(bool TrustBuild = false, ScanScope Scope = ScanScope.Everything, Caching.CacheSettings? Cache = null)
{
    public static ScanOptions Default { get; } = new();
}
