using RegionLens.Scanner.Analysis;
using RegionLens.Scanner.Caching;
using RegionLens.Scanner.Classification;
using RegionLens.Scanner.Configuration;
using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.Extraction;
using RegionLens.Scanner.Graph;
using RegionLens.Scanner.Infrastructure;
using RegionLens.Scanner.Infrastructure.Deployment;
using RegionLens.Scanner.Loading;
using RegionLens.Scanner.Suppression;
using RegionLens.Scanner.UserConfiguration;

namespace RegionLens.Scanner.Scanning;

/// <summary>The pipeline: load and extract code (while, beside it, the files are discovered and the infrastructure is
/// read) → join configuration → give infrastructure facts their owners → classify (and link SDK clients) → graph →
/// analyse.</summary>
public static class RegionLensScanner
{
    /// <param name="config">The user's <c>regionlens.json</c>: its failure domains, component regions and redundant
    /// resolvers shape the graph, allowed regions and redundant resolvers the rules, then its rule levels and exclusions
    /// the findings.</param>
    /// <param name="options">How far the scanned tree is trusted (by default none of its build logic runs), and whether
    /// C# is loaded at all.</param>
    /// <param name="clock">When given, each stage's wall time is recorded in it.</param>
    /// <param name="progress">When given, told each stage as it starts and each project as it is loaded; it is called
    /// on the scanning thread, so it must be quick.</param>
    /// <exception cref="ScanInputException">The path is missing or is not a solution, project or folder.</exception>
    public static async Task<ScanResult> ScanAsync(string path, CancellationToken cancellationToken = default, RegionLensConfig? config = null,
        ScanOptions? options = null, StageClock? clock = null, IProgress<ScanProgress>? progress = null)
    {
        options ??= ScanOptions.Default;
        var target = ScanTarget.Resolve(path);
        var notifications = new Notifications(target.Root);
        var workspaceLoader = new WorkspaceLoader(notifications, clock, progress);
        // Finding the files and reading the infrastructure need nothing from the C#, so with the default loader they run
        // on another thread while the code stage runs (a one-file edit leaves that stage on one core). A trusted build
        // may write into the tree while it loads, so there the files are found afterwards, as before.
        var documents = new DeploymentDocuments();
        Task<(IReadOnlyList<DiscoveredFile>, InfrastructureReading)>? filesAndInfrastructure = null;
        if (!options.TrustBuild)
        {
            progress?.Report(new ScanProgress(ScanStage.DiscoveringFiles, 0, 0));
            filesAndInfrastructure = Task.Run(() =>
            {
                // The region catalogue (built once per process from the embedded endpoint data) is built here too, so that
                // the code stage, which needs it only once it analyses documents, does not wait for it.
                _ = AwsRegionCatalogue.Instance;
                return FindAndRead(target, notifications, documents, cancellationToken);
            }, cancellationToken);
        }

        var cached = options is { Cache: { } cache, Scope: ScanScope.Everything, TrustBuild: false }
            ? CachedCodeStage.Run(target, cache, notifications, () => AwsRegionCatalogue.Instance, (loadNotifications, kept) => new ProjectDataLoader(loadNotifications, progress).Load(target, cancellationToken, kept),
                cancellationToken, clock, progress)
            : null;
        var projects = cached?.Projects
            ?? (options.Scope != ScanScope.Everything ? workspaceLoader.ProjectFilesOnly(target)
            : options.TrustBuild ? await workspaceLoader.LoadAsync(target, cancellationToken).ConfigureAwait(false)
            : new ProjectDataLoader(notifications, progress).Load(target, cancellationToken));
        if (projects.Count == 0)
        {
            notifications.Add(NotificationLevel.Warning,
                "no C# project found; configuration and infrastructure files are still read (to scan C#, give the .sln, .slnx or .csproj, or the folder that holds it)");
        }

        if (cached is null)
        {
            clock?.Lap("load projects");
        }

        var regions = AwsRegionCatalogue.Instance;
        var code = cached?.Code ?? CodeExtractor.Extract(projects, regions, notifications, cancellationToken, clock, progress);
        clock?.Lap("extract from C#");
        if (filesAndInfrastructure is null)
        {
            progress?.Report(new ScanProgress(ScanStage.DiscoveringFiles, 0, 0));
        }

        var (files, reading) = filesAndInfrastructure is null ? FindAndRead(target, notifications, documents, cancellationToken)
            : await filesAndInfrastructure.ConfigureAwait(false);
        clock?.Lap(filesAndInfrastructure is null ? "discover files and read infrastructure" : "wait for the files and infrastructure read beside the code stage");
        progress?.Report(new ScanProgress(ScanStage.ReadingConfigurationAndInfrastructure, files.Count, files.Count));
        var configuration = new ConfigurationJoin(notifications, files, documents, target.Root);
        var joined = configuration.Join(projects, code.Evidence);
        clock?.Lap("join configuration");
        var infrastructure = new InfrastructureExtractor(notifications, projects, configuration.DeploymentUnits).Extract(files, cancellationToken, reading);
        clock?.Lap("infrastructure owners");
        progress?.Report(new ScanProgress(ScanStage.AnalysingDependencies, 0, 0));
        // A value that code reads is already joined to the code; a framework's or a deployment's use of it is not repeated.
        var read = joined.SelectMany(e => e.Evidence.Locations).ToHashSet();
        var evidence = joined
            .Concat(projects.SelectMany(p => WebConfigDependencies.Of(p.FilePath, configuration.FilesOfProject(p.FilePath))).Where(e => !read.Contains(e.Evidence.Locations[0])))
            .Concat(InfrastructureEvidence.From(infrastructure.Facts, read))
            .ToList();

        var components = new ComponentMap(target.Root, projects, infrastructure.Units);
        var clients = ClientLinks.Report(target.Root, code.Clients);
        var dependencies = ClientLinks.Link(new DependencyClassifier(target.Root, regions, components).Classify(evidence), clients);
        string Relative(string path) => PathText.Relative(target.Root, path);
        var facts = infrastructure.Facts.Select(f => FactPaths.Map(f, Relative)).ToList();
        dependencies = RoutingNotes.Apply(dependencies, facts);
        dependencies = UserConfigurationFilter.Apply(dependencies, config);
        dependencies = DeclaredDeployments.Add(dependencies, target.Root, components.Components, config, notifications);
        clock?.Lap("classify dependencies");
        var found = DataStoreUses.Find(infrastructure.Facts, projects, configuration.FilesOfProject);
        var stores = UserConfigurationFilter.Apply(DataStoreNode.From(target.Root, components, infrastructure.Facts, facts, found), config);
        var routing = new RoutingAlternatives(facts.SelectMany(f => f.Facts.RoutingRecords), config);
        var graph = DependencyGraph.Build(components, dependencies, stores, routing, config);
        clock?.Lap("build graph");
        var observations = code.Observations.Select(o => o.WithPaths(Relative)).ToList();
        var storeUses = found.Select(u => FactPaths.Map(u, Relative)).ToList();
        var findings = FindingsAnalysis.Run(new AnalysisInput(dependencies, graph, components.Components, observations, facts, storeUses, config));
        findings = InlineSuppressions.Apply(target.Root, findings, notifications, DateOnly.FromDateTime(DateTime.UtcNow));
        findings = UserConfigurationFilter.Apply(findings, config);
        clock?.Lap("analyse and suppress");
        if (cached?.Written is { } written)
        {
            await written.ConfigureAwait(false);
            clock?.Lap("cache: finish writing the entry");
        }

        return new ScanResult(target.Root, components.Components, dependencies, findings, graph, notifications.Sorted(), clients, config);
    }

    private static (IReadOnlyList<DiscoveredFile> Files, InfrastructureReading Reading) FindAndRead(
        ScanTarget target, Notifications notifications, DeploymentDocuments documents, CancellationToken cancellationToken)
    {
        var files = FileDiscovery.Discover(target.Root, notifications);
        return (files, InfrastructureReading.Of(files, notifications, documents, cancellationToken));
    }
}
