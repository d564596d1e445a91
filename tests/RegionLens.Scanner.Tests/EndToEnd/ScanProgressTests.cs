using RegionLens.Scanner.Scanning;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.EndToEnd;

/// <summary>What a scan tells a progress display: each stage in order, and the projects as they are loaded.</summary>
public sealed class ScanProgressTests
{
    [Fact]
    public async Task EveryStageIsReportedInOrderWithTheProjectsCountedAsTheyLoad()
    {
        var reports = new RecordedProgress();

        await RegionLensScanner.ScanAsync(RepositoryPaths.Sample("OutageShaped"), progress: reports);

        // Files are discovered beside the code stage, so that stage is announced first.
        Assert.Equal(
        [
            new(ScanStage.DiscoveringFiles, 0, 0),
            new(ScanStage.LoadingProjects, 0, 0),
            new(ScanStage.LoadingProjects, 0, 4),
            new(ScanStage.LoadingProjects, 1, 4),
            new(ScanStage.LoadingProjects, 2, 4),
            new(ScanStage.LoadingProjects, 3, 4),
            new(ScanStage.LoadingProjects, 4, 4),
        ], reports.Items.Take(7));
        var later = reports.Items.Skip(7).ToList();
        Assert.Equal(
            [ScanStage.AnalysingCode, ScanStage.ReadingConfigurationAndInfrastructure, ScanStage.AnalysingDependencies],
            later.Select(p => p.Stage).Distinct());
        // Each of the sample's 9 C# files is counted once as it is done, from whichever thread analysed it.
        var analysing = later.Where(p => p.Stage == ScanStage.AnalysingCode).ToList();
        Assert.Equal(Enumerable.Range(0, 10), analysing.Select(p => p.Done).Order());
        Assert.All(analysing, p => Assert.Equal(9, p.Total));
        Assert.All(later.SkipLast(1), p => Assert.True(p.Total > 0));
    }

    /// <summary>Keeps every report, on the reporting thread (<see cref="Progress{T}"/> would post them elsewhere).</summary>
    private sealed class RecordedProgress : IProgress<ScanProgress>
    {
        public List<ScanProgress> Items { get; } = [];

        public void Report(ScanProgress value)
        {
            lock (Items)
            {
                Items.Add(value);
            }
        }
    }
}
