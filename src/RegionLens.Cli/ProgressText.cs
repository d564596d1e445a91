using System.Globalization;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Cli;

/// <summary>The one line that says where a scan is, such as <c>regionlens: loading projects 7/20 (3 s)</c>. Short, so
/// that it fits a narrow terminal: a wrapped line cannot be rewritten in place.</summary>
internal static class ProgressText
{
    public static string Of(ScanProgress progress, TimeSpan elapsed)
    {
        var stage = progress.Stage switch
        {
            ScanStage.LoadingProjects when progress.Total == 0 => "loading projects",
            ScanStage.LoadingProjects => $"loading projects {progress.Done}/{progress.Total}",
            ScanStage.DiscoveringFiles => "finding configuration and IaC files",
            ScanStage.AnalysingCode => $"analysing C# files {progress.Done}/{progress.Total}",
            ScanStage.ReadingConfigurationAndInfrastructure => $"reading {progress.Total} configuration and IaC files",
            _ => "classifying dependencies and building the graph",
        };
        var seconds = ((int)elapsed.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return $"regionlens: {stage} ({seconds} s)";
    }
}
