using RegionLens.Scanner.Analysis;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Extraction;
using RegionLens.Scanner.Graph;
using RegionLens.Scanner.Loading;

namespace RegionLens.Scanner.Scanning;

/// <summary>The pipeline: discover → load → extract → join configuration → classify (and link SDK clients) → graph →
/// analyse.</summary>
public static class RegionLensScanner
{
    /// <exception cref="ScanInputException">The path is missing or is not a solution, project or folder.</exception>
    public static async Task<ScanResult> ScanAsync(string path, CancellationToken cancellationToken = default)
    {
        var target = ScanTarget.Resolve(path);
        var notifications = new Notifications(target.Root);
        var projects = await new WorkspaceLoader(notifications).LoadAsync(target, cancellationToken).ConfigureAwait(false);
        if (projects.Count == 0)
        {
            notifications.Add(NotificationLevel.Warning, "no C# project found");
        }

        var regions = AwsRegionCatalogue.Instance;
        var code = CodeExtractor.Extract(projects, regions, notifications, cancellationToken);
        var joined = new ConfigurationJoin(notifications, target.Root).Join(projects, code.Evidence);
        var components = new ComponentMap(target.Root, projects);
        var clients = ClientLinks.Report(target.Root, code.Clients);
        var dependencies = ClientLinks.Link(new DependencyClassifier(target.Root, regions, components).Classify(joined), clients);
        var graph = DependencyGraph.Build(components, dependencies);
        var observations = code.Observations.Select(o => o.WithPaths(path => PathText.Relative(target.Root, path))).ToList();
        var findings = FindingsAnalysis.Run(new AnalysisInput(dependencies, graph, components.Components, observations));
        findings = Suppression.InlineSuppressions.Apply(target.Root, findings, notifications, DateOnly.FromDateTime(DateTime.UtcNow));
        return new ScanResult(target.Root, components.Components, dependencies, findings, graph, notifications.Sorted(), clients);
    }
}
