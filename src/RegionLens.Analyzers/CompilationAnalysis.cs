using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RegionLens.Core.Classification;
using RegionLens.Core.Extraction;
using RegionLens.Core.Model;
using RegionLens.Core.Observations;

namespace RegionLens.Analyzers;

/// <summary>
/// What one compilation's files share, made once: the value resolver (which follows values across the files of the
/// compilation and indexes call sites on first use), the configuration files, and where each file's tree is. The
/// resolver caches as it goes and is not thread-safe, so files are collected one at a time; turning evidence into
/// diagnostics runs in parallel.
/// </summary>
internal sealed class CompilationAnalysis
{
    private readonly Lazy<ValueResolver> _resolver;
    private readonly Lazy<ConfigurationFiles> _configuration;
    private readonly Lazy<DiagnosticLocations> _locations;
    private readonly CSharpEvidenceCollector _collector = new(AwsRegionList.Catalogue);
    private readonly object _collecting = new();

    public CompilationAnalysis(Compilation compilation, ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        _resolver = new Lazy<ValueResolver>(() => ValueResolver.ForCompilation(compilation));
        _configuration = new Lazy<ConfigurationFiles>(() => ConfigurationFiles.Read(additionalFiles, cancellationToken));
        _locations = new Lazy<DiagnosticLocations>(() => new DiagnosticLocations(compilation));
    }

    public void AnalyzeFile(SemanticModelAnalysisContext context)
    {
        try
        {
            IReadOnlyList<Evidence> evidence;
            IReadOnlyList<Observation> observations;
            lock (_collecting)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                evidence = _collector.Collect(context.SemanticModel, _resolver.Value);
                observations = CSharpObservationCollector.Collect(context.SemanticModel);
            }

            var options = RegionLensOptions.Read(context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.SemanticModel.SyntaxTree));
            var findings = new FileFindings(context.SemanticModel.SyntaxTree, _locations.Value, _configuration.Value, options);
            foreach (var diagnostic in findings.From(evidence, observations))
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A file that trips the detection (code that does not compile yet, a shape never seen) must not become an
            // AD0001 warning in the user's build: the scanner reports such files; here the file simply has no findings.
        }
    }
}
