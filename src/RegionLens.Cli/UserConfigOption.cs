using System.CommandLine;
using RegionLens.Scanner.Discovery;
using RegionLens.Scanner.UserConfiguration;

namespace RegionLens.Cli;

/// <summary><c>--config FILE</c>, shared by the commands that scan, so that <c>scan</c> and <c>whatif</c> see the same
/// graph for the same folder.</summary>
internal static class UserConfigOption
{
    public static Option<string?> Create() =>
        new("--config") { Description = "The regionlens.json to use (default: regionlens.json found in PATH or its parents)" };

    /// <exception cref="Scanner.Scanning.ScanInputException">The scan path is missing or cannot be scanned.</exception>
    /// <exception cref="RegionLensConfigException">The configuration file is missing or wrong.</exception>
    public static RegionLensConfig? Load(string target, string? configFile)
    {
        // The scan path is checked first: a missing path is the more basic mistake.
        var root = ScanTarget.Resolve(target).Root;
        var file = configFile ?? RegionLensConfigReader.Find(root);
        return file is null ? null : RegionLensConfigReader.Read(file);
    }
}
