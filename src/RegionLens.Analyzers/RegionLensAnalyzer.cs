using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RegionLens.Analyzers;

/// <summary>
/// Reports RL0001, RL0002, RL0003, RL0005, RL0006, RL0009 and RL0010 from C#, with the detection the scanner uses
/// (RegionLens.Core). Per compilation, the state of <see cref="CompilationAnalysis"/> is made once: the region
/// catalogue, the configuration files, and the value resolver with its index of call sites. Per file, one walk of the
/// semantic model collects evidence and observations, and <see cref="FileFindings"/> turns them into diagnostics.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RegionLensAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RuleDiagnostics.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var analysis = new CompilationAnalysis(start.Compilation, start.Options.AdditionalFiles, start.CancellationToken);
            start.RegisterSemanticModelAction(analysis.AnalyzeFile);
        });
    }
}
