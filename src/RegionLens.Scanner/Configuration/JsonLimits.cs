namespace RegionLens.Scanner.Configuration;

/// <summary>
/// How deep a JSON file from the scanned tree may nest. The readers build their trees recursively, so a file of
/// thousands of <c>[</c> must fail as a parse error at its line before it can exhaust the stack; System.Text.Json
/// raises that error itself once the depth is passed. Real configuration and templates nest a dozen levels or so.
/// </summary>
internal static class JsonLimits
{
    public const int MaxDepth = 64;
}
