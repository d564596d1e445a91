namespace RegionLens.Scanner.Infrastructure;

/// <summary>
/// The file another template deploys as part of itself, when it names it by a path relative to itself: a Bicep
/// module, an ARM linked template's <c>relativePath</c>, a nested stack's local <c>TemplateURL</c> (as
/// <c>aws cloudformation package</c> accepts). URLs, registry and template-spec references are not in the scan.
/// </summary>
internal static class LocalIncludes
{
    public static string? Resolve(string includingFile, string reference)
    {
        if (reference.Length == 0 || reference.Contains(':', StringComparison.Ordinal) || reference.Contains('{', StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(includingFile)!, reference));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    public static IReadOnlyList<string> Of(string includingFile, IEnumerable<string?> references) =>
        [.. references.OfType<string>().Select(r => Resolve(includingFile, r)).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
