namespace RegionLens.Scanner.Scanning;

/// <summary>Where a running scan is, for a progress display. <paramref name="Done"/> of <paramref name="Total"/> counts
/// the stage's items (projects, files); a stage that is not counted item by item reports them all done at its start.</summary>
public sealed record ScanProgress(ScanStage Stage, int Done, int Total);

/// <summary>The pipeline's stages in the order they are announced, as a user would name them. Files are discovered
/// beside the code stages (after them when the scanned tree's build is trusted and run).</summary>
public enum ScanStage
{
    DiscoveringFiles,
    LoadingProjects,
    AnalysingCode,
    ReadingConfigurationAndInfrastructure,
    AnalysingDependencies,
}
