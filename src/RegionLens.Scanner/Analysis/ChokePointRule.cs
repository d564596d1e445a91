using RegionLens.Core.Rules;
using RegionLens.Scanner.Graph;

namespace RegionLens.Scanner.Analysis;

/// <summary>
/// RL0100: for each failure domain in the graph (a region, a zone, a resolver, a global control plane, a domain the
/// user declared), take it away alone and report the components that lose a dependency with no surviving alternative
/// (<see cref="FailureAnalysis"/>). The message names the domain, the components, what they lose, the blast radius and
/// one path from a component to the domain; the locations start where each affected component's path depends on the
/// domain, so a code-review system shows the finding at a value to change.
/// </summary>
internal sealed class ChokePointRule : IRule
{
    // A message lists this many lost dependencies and says how many more there are.
    private const int MaxListed = 6;

    private static readonly RuleDescriptor Rule = RuleCatalog.ChokePoint;

    public IEnumerable<Finding> Evaluate(AnalysisInput input)
    {
        // Each domain is taken away on its own, so the domains are analysed in parallel (the graph is only read) and
        // reported in order.
        var domains = input.Graph.Nodes.Where(n => n.IsFailureDomain).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        var impacts = new FailureImpact[domains.Count];
        Parallel.For(0, domains.Count, index => impacts[index] = FailureAnalysis.Analyse(input.Graph, [domains[index]]));
        for (var index = 0; index < domains.Count; index++)
        {
            var (domain, impact) = (domains[index], impacts[index]);
            if (impact.Affected.Count == 0)
            {
                continue;
            }

            var example = impact.Affected[0];
            var message = string.Format(null, Rule.MessageFormat,
                DomainText.Of(domain),
                string.Join(", ", impact.Affected.Select(a => a.Component.Label)),
                Listed(impact.Affected.SelectMany(a => a.Lost).Select(n => n.Label)),
                $"{impact.BlastRadius} components",
                string.Join(" -> ", example.ReadablePath()));
            // Where each component's path starts to depend on the domain, then where every other lost dependency is
            // written: SARIF's related locations, and the places an inline suppression may be written.
            var lost = impact.Affected.SelectMany(a => a.Lost).Distinct()
                .SelectMany(d => input.Graph.InEdges(d).Where(e => e.Kind == GraphEdgeKind.Uses).SelectMany(e => e.Evidence.Take(1)))
                .Order();
            var locations = impact.Affected
                .SelectMany(a => input.Graph.EvidenceOf(a.Path[^3], a.Path[^2]).Take(1))
                .Concat(lost)
                .Distinct()
                .ToList();
            var flows = impact.Affected.SelectMany(a => a.Lost).Distinct()
                .SelectMany(dependency => Flows(input.Graph, dependency, domain))
                .ToList();
            yield return new Finding(Rule.Id, Rule.DefaultLevel, message, locations, Path: [.. example.Path.Select(n => n.Id)], Flows: flows);
        }
    }

    /// <summary>How a lost dependency's values reach the code, one flow per endpoint it is served by (all of them are
    /// in the failed domain, or the dependency would not be lost): where the value is written, where it passes, where
    /// the code uses it.</summary>
    private static IEnumerable<FindingFlow> Flows(DependencyGraph graph, GraphNode dependency, GraphNode domain) =>
        graph.OutEdges(dependency)
            .Where(e => e.Kind == GraphEdgeKind.ServedBy && e.Evidence.Count > 0)
            .OrderBy(e => e.Target.Id, StringComparer.Ordinal)
            .Select(e => new FindingFlow(
                // "region us-east-1" served by the endpoint "us-east-1" needs no second name.
                e.Target.Label == dependency.Label || dependency.Label.EndsWith(" " + e.Target.Label, StringComparison.Ordinal)
                    ? $"{dependency.Label} is lost when {DomainText.Of(domain)} fails."
                    : $"{dependency.Label} is lost when {DomainText.Of(domain)} fails: its endpoint {e.Target.Label}.",
                [.. e.Evidence.Select((location, i) => new FlowStep(location, Step(i, e.Evidence.Count)))]));

    private static string Step(int position, int count) =>
        count == 1 ? "The value is written and used here."
        : position == 0 ? "The value is written here."
        : position == count - 1 ? "The value reaches the code that uses it here."
        : "The value passes through here.";

    /// <summary>"a, b, c" or "a, b, … and 3 more": the distinct labels in ordinal order.</summary>
    private static string Listed(IEnumerable<string> labels)
    {
        var distinct = labels.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return distinct.Count <= MaxListed
            ? string.Join(", ", distinct)
            : string.Join(", ", distinct.Take(MaxListed)) + $" and {distinct.Count - MaxListed} more";
    }
}
