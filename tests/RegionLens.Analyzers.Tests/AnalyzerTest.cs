using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using RegionLens.Analyzers.CodeFixes;

namespace RegionLens.Analyzers.Tests;

/// <summary>
/// References for the test sources that need no download at test time: the assemblies this test process runs on
/// (the .NET runtime and the SDK packages this project references, restored with the build), not a reference pack.
/// </summary>
internal static class TestReferences
{
    private static readonly string[] Prefixes =
        ["System.", "Microsoft.Extensions.", "AWSSDK.", "DnsClient", "Microsoft.Azure.Cosmos", "Newtonsoft.Json", "Microsoft.Win32.", "Microsoft.CSharp"];

    public static ReferenceAssemblies None { get; } = new("net10.0-from-test-host");

    public static ImmutableArray<MetadataReference> Metadata { get; } =
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll" || Prefixes.Any(p => Path.GetFileName(path).StartsWith(p, StringComparison.Ordinal)))
            .Where(path => !Path.GetFileName(path).StartsWith("System.Composition", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
}

/// <summary>The analyzer over one test source, with the offline references, and optionally configuration files and
/// an in-memory <c>.editorconfig</c>.</summary>
internal sealed class AnalyzerTest : CSharpAnalyzerTest<RegionLensAnalyzer, DefaultVerifier>
{
    public AnalyzerTest(string source)
    {
        TestCode = source;
        ReferenceAssemblies = TestReferences.None;
        TestState.AdditionalReferences.AddRange(TestReferences.Metadata);
    }

    public AnalyzerTest WithFile(string name, string text)
    {
        TestState.AdditionalFiles.Add(($"/0/{name}", text));
        return this;
    }

    public AnalyzerTest WithEditorConfig(string settings)
    {
        TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n\n[*.cs]\n{settings}\n"));
        return this;
    }

    /// <summary>The day suppression comments' <c>until=</c> dates are compared with; the clock when not set.</summary>
    public DateTime? Today { get; init; }

    /// <summary>The analyzer with the package's suppressor, as the compiler runs them.</summary>
    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
        [new RegionLensAnalyzer(), Today is { } today ? new RegionLensSuppressor(() => today) : new RegionLensSuppressor()];

    public AnalyzerTest Expect(params DiagnosticResult[] diagnostics)
    {
        ExpectedDiagnostics.AddRange(diagnostics);
        return this;
    }

    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<RegionLensAnalyzer, DefaultVerifier>.Diagnostic(id);
}

/// <summary>A code fix over one test source, before and after, with the offline references.</summary>
internal sealed class CodeFixTest<TFix> : CSharpCodeFixTest<RegionLensAnalyzer, TFix, DefaultVerifier>
    where TFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
{
    public CodeFixTest(string before, string after)
    {
        TestCode = before;
        FixedCode = after;
        ReferenceAssemblies = TestReferences.None;
        TestState.AdditionalReferences.AddRange(TestReferences.Metadata);
    }
}

internal static class Fixes
{
    public static CodeFixTest<HardCodedRegionCodeFix> Region(string before, string after) => new(before, after);

    public static CodeFixTest<ConnectionLifetimeCodeFix> Lifetime(string before, string after) => new(before, after);
}
