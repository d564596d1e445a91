using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis.CSharp;
using RegionLens.Core.Extraction;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Scanner.Caching;

/// <summary>What makes this build of the tool give the answers it gives: its own assemblies (by module version id,
/// which every rebuild changes), the Roslyn it runs on, and the runtime whose reference packs compilations are
/// built over. Any difference makes every cache entry a miss.</summary>
internal static class ToolIdentity
{
    private static readonly Lazy<string> Value = new(() => string.Join("|",
        typeof(ValueResolver).Assembly.ManifestModule.ModuleVersionId,
        typeof(RegionLensScanner).Assembly.ManifestModule.ModuleVersionId,
        typeof(CSharpCompilation).Assembly.ManifestModule.ModuleVersionId,
        Environment.Version,
        RuntimeEnvironment.GetRuntimeDirectory()));

    public static string Current => Value.Value;
}
