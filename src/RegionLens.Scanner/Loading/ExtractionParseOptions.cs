using Microsoft.CodeAnalysis.CSharp;

namespace RegionLens.Scanner.Loading;

/// <summary>
/// The parse options every loaded compilation gets. Extraction asks the semantic model for symbols, types and constant
/// values, never for nullable flow state; but with nullable enabled in a project, the first question in a method also
/// runs the compiler's nullable flow analysis over the whole method, which measured about a quarter of extraction's CPU.
/// Roslyn's <c>run-nullable-analysis=never</c> feature skips that analysis only: declared annotations (<c>string?</c>)
/// are kept, and types, symbols and constants are bound as before.
/// </summary>
internal static class ExtractionParseOptions
{
    private const string RunNullableAnalysis = "run-nullable-analysis";

    public static CSharpParseOptions WithoutNullableAnalysis(CSharpParseOptions options) =>
        options.Features.TryGetValue(RunNullableAnalysis, out var value) && value == "never"
            ? options
            : options.WithFeatures([.. options.Features.Where(f => f.Key != RunNullableAnalysis), new(RunNullableAnalysis, "never")]);
}
