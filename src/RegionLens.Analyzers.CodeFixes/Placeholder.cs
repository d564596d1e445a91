namespace RegionLens.Analyzers.CodeFixes;

internal static class Placeholder
{
}
