using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RegionLens.Analyzers;

/// <summary>
/// Suppresses the RegionLens diagnostics that an inline comment accepts (<see cref="InlineSuppressions"/>). A
/// suppressor rather than a filter in the analyzer, so that the diagnostic stays visible as suppressed, with the
/// suppression's id and justification, in the IDE and in the compiler's SARIF, as <c>#pragma</c> and
/// <c>[SuppressMessage]</c> suppressions are; the scanner keeps its suppressed findings in its reports the same way.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RegionLensSuppressor : DiagnosticSuppressor
{
    private static readonly ImmutableDictionary<string, SuppressionDescriptor> ByRule = RuleDiagnostics.All.ToImmutableDictionary(
        d => d.Id,
        d => new SuppressionDescriptor(
            "RLS" + d.Id.Substring(2), d.Id, $"a regionlens-disable comment accepts this {d.Id} finding"),
        StringComparer.Ordinal);

    private readonly Func<DateTime> _today;

    public RegionLensSuppressor()
        : this(() => DateTime.UtcNow)
    {
    }

    /// <summary>For tests: the day <c>until=</c> dates of suppression comments are compared with.</summary>
    internal RegionLensSuppressor(Func<DateTime> today)
    {
        _today = today;
    }

    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ByRule.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        // One instance per call: the directives of each tree are read once for this compilation.
        var comments = new InlineSuppressions(_today);
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            if (ByRule.TryGetValue(diagnostic.Id, out var descriptor) && comments.Covers(diagnostic, context.CancellationToken))
            {
                context.ReportSuppression(Suppression.Create(descriptor, diagnostic));
            }
        }
    }
}
