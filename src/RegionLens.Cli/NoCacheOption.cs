using System.CommandLine;
using RegionLens.Scanner.Caching;

namespace RegionLens.Cli;

/// <summary><c>--no-cache</c>, shared by the commands that scan. Without it a scan keeps its C# results in the cache
/// folder (<c>$REGIONLENS_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/regionlens</c>, else <c>~/.cache/regionlens</c>) and
/// reuses them for the files an edit cannot have affected; with it nothing is read from or written to that folder.</summary>
internal static class NoCacheOption
{
    public static Option<bool> Create() =>
        new("--no-cache")
        {
            Description = "Neither read nor write the scan cache (by default $REGIONLENS_CACHE_DIR, else $XDG_CACHE_HOME/regionlens, else ~/.cache/regionlens)",
        };

    /// <summary>The cache to use, from the environment the command line was given; null with <c>--no-cache</c>.</summary>
    public static CacheSettings? Settings(bool noCache, ConsoleEnvironment console) =>
        noCache ? null : CacheSettings.FromEnvironment(console.ReadVariable);
}
