namespace RegionLens.Cli;

/// <summary>The exit codes of PRODUCT.md §3. A crash is never one of them: it is a bug.</summary>
public static class ExitCodes
{
    public const int Clean = 0;
    public const int FailingFindings = 1;
    public const int UsageOrInputError = 2;
}
