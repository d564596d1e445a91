namespace RegionLens.Scanner.Graph;

/// <summary>One component that loses a dependency, and the path that shows why: component → (libraries) → dependency →
/// endpoint → failed domain, or → endpoint → the resolver setting its name is looked up through → … → failed domain;
/// <see cref="Lost"/> is every dependency it loses.</summary>
public sealed record ComponentImpact(GraphNode Component, IReadOnlyList<GraphNode> Path, IReadOnlyList<GraphNode> Lost)
{
    /// <summary>The dependency the path goes through first: the one the component itself loses.</summary>
    public GraphNode Dependency => Path.First(n => n.Kind == GraphNodeKind.Dependency);

    /// <summary>The path's labels, without an endpoint whose name its dependency or domain already says
    /// (<c>us-east-1</c> before <c>aws us-east-1</c>) and without a label that repeats the one before it.</summary>
    public IEnumerable<string> ReadablePath()
    {
        string? previous = null;
        for (var i = 0; i < Path.Count; i++)
        {
            var node = Path[i];
            var repeated = node.Kind == GraphNodeKind.Endpoint && i > 0 && i < Path.Count - 1
                && (Path[i - 1].Label.Contains(node.Label, StringComparison.Ordinal) || Path[i + 1].Label.Contains(node.Label, StringComparison.Ordinal));
            if (!repeated && node.Label != previous)
            {
                yield return node.Label;
                previous = node.Label;
            }
        }
    }
}

/// <summary>What taking <see cref="Domains"/> away does: the components that lose a dependency with no surviving
/// endpoint, out of <see cref="TotalComponents"/>.</summary>
public sealed record FailureImpact(IReadOnlyList<GraphNode> Domains, IReadOnlyList<ComponentImpact> Affected, int TotalComponents)
{
    public string BlastRadius => $"{Affected.Count}/{TotalComponents}";
}

/// <summary>
/// Takes failure domains away and finds what breaks. An endpoint is lost when any domain it fails with is taken, or
/// when a resolver setting its name is looked up through is lost; a dependency is lost when every endpoint that serves
/// it is lost (one surviving replica, resolver or region keeps it); a library or component is affected when it uses a
/// lost dependency or includes an affected library. The walk goes backwards from the lost dependencies, each node
/// once, so cycles and diamonds end.
/// </summary>
public static class FailureAnalysis
{
    public static FailureImpact Analyse(DependencyGraph graph, IReadOnlyCollection<GraphNode> failed)
    {
        var failedIds = failed.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var parent = new Dictionary<GraphNode, GraphNode>();
        var pending = new Queue<GraphNode>();
        var resolvedThrough = graph.ResolutionTargets;
        var candidates = LosableDependencies(graph, failed);
        var dependencies = graph.Nodes.Where(n => n.Kind == GraphNodeKind.Dependency && candidates.Contains(n)).ToList();

        // A lost resolver setting takes the names looked up through it, which may take further dependencies: repeat
        // while a pass loses a node that names are looked up through (nothing else can lose more in another pass).
        // Each pass only adds, so this ends after at most one pass per dependency.
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var dependency in dependencies.Where(d => !parent.ContainsKey(d)))
            {
                var endpoints = graph.OutEdges(dependency).Where(e => e.Kind == GraphEdgeKind.ServedBy).Select(e => e.Target).ToList();
                var lost = endpoints.Select(e => (Endpoint: e, Cause: CauseOf(graph, e, failedIds, parent))).ToList();
                if (endpoints.Count == 0 || lost.Any(l => l.Cause is null))
                {
                    continue;
                }

                // Remember one way it is lost (the first endpoint, by id) for the path.
                var (endpoint, cause) = lost.OrderBy(l => l.Endpoint.Id, StringComparer.Ordinal).First();
                parent.TryAdd(cause!, cause!);
                parent[endpoint] = cause!;
                parent[dependency] = endpoint;
                pending.Enqueue(dependency);
                changed |= resolvedThrough.Contains(dependency) || resolvedThrough.Contains(endpoint) || resolvedThrough.Contains(cause!);
            }
        }

        while (pending.Count > 0)
        {
            var node = pending.Dequeue();
            foreach (var edge in graph.InEdges(node).Where(e => e.Kind is GraphEdgeKind.Uses or GraphEdgeKind.Includes).OrderBy(e => e.Source.Id, StringComparer.Ordinal))
            {
                if (parent.TryAdd(edge.Source, node))
                {
                    pending.Enqueue(edge.Source);
                }
            }
        }

        var lostDependencies = parent.Keys.Where(n => n.Kind == GraphNodeKind.Dependency).ToHashSet();
        var affected = parent.Keys
            .Where(n => n.Kind == GraphNodeKind.Component)
            .OrderBy(n => n.Id, StringComparer.Ordinal)
            .Select(n => new ComponentImpact(n, PathFrom(n, parent), LostBy(graph, n, lostDependencies)))
            .ToList();
        var total = graph.Nodes.Count(n => n.Kind == GraphNodeKind.Component);
        return new FailureImpact([.. failed.OrderBy(d => d.Id, StringComparer.Ordinal)], affected, total);
    }

    /// <summary>The dependencies that can be lost at all: those served by an endpoint that fails with a taken domain
    /// or is looked up through a resolver setting. Every endpoint of a lost dependency is one of those two, so the
    /// others (most of a large graph) are never asked, and the ones asked are asked in the same order as before.</summary>
    private static HashSet<GraphNode> LosableDependencies(DependencyGraph graph, IReadOnlyCollection<GraphNode> failed) =>
        failed.Select(domain => graph.Find(domain.Id)).OfType<GraphNode>()
            .SelectMany(graph.InEdges).Where(e => e.Kind == GraphEdgeKind.FailsWith).Select(e => e.Source)
            .Concat(graph.ResolvingEndpoints)
            .SelectMany(graph.InEdges).Where(e => e.Kind == GraphEdgeKind.ServedBy).Select(e => e.Source)
            .ToHashSet();

    /// <summary>Why an endpoint is lost: a failed domain it fails with, else a lost resolver setting it is looked up
    /// through; null while it survives.</summary>
    private static GraphNode? CauseOf(DependencyGraph graph, GraphNode endpoint, HashSet<string> failed, Dictionary<GraphNode, GraphNode> lost) =>
        graph.OutEdges(endpoint)
            .Where(e => e.Kind == GraphEdgeKind.FailsWith && failed.Contains(e.Target.Id)
                || e.Kind == GraphEdgeKind.ResolvesThrough && lost.ContainsKey(e.Target))
            .Select(e => e.Target)
            .OrderBy(n => n.Kind == GraphNodeKind.Dependency)
            .ThenBy(n => n.Id, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>The lost dependencies a component reaches through what it uses and includes.</summary>
    private static List<GraphNode> LostBy(DependencyGraph graph, GraphNode component, HashSet<GraphNode> lost)
    {
        var seen = new HashSet<GraphNode> { component };
        var pending = new Stack<GraphNode>([component]);
        var found = new List<GraphNode>();
        while (pending.Count > 0)
        {
            foreach (var edge in graph.OutEdges(pending.Pop()).Where(e => e.Kind is GraphEdgeKind.Uses or GraphEdgeKind.Includes))
            {
                if (seen.Add(edge.Target))
                {
                    if (lost.Contains(edge.Target))
                    {
                        found.Add(edge.Target);
                    }

                    pending.Push(edge.Target);
                }
            }
        }

        return [.. found.OrderBy(n => n.Label, StringComparer.Ordinal).ThenBy(n => n.Id, StringComparer.Ordinal)];
    }

    private static List<GraphNode> PathFrom(GraphNode component, Dictionary<GraphNode, GraphNode> parent)
    {
        var path = new List<GraphNode> { component };
        var node = component;
        while (parent[node] is var next && next != node)
        {
            path.Add(next);
            node = next;
        }

        return path;
    }
}
