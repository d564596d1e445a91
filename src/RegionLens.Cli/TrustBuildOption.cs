using System.CommandLine;
using RegionLens.Scanner.Scanning;

namespace RegionLens.Cli;

/// <summary><c>--trust-build</c>, shared by the commands that scan: without it no MSBuild logic from the scanned tree
/// runs; with it projects are loaded by a design-time build, which runs the tree's MSBuild files, tasks and commands.</summary>
internal static class TrustBuildOption
{
    public static Option<bool> Create() =>
        new("--trust-build")
        {
            Description = "Load projects with MSBuild, running the scanned tree's build logic (Directory.Build.props/targets, tasks, Exec); only for trusted trees",
        };

    public static ScanOptions Options(bool trustBuild) => new(TrustBuild: trustBuild);
}
