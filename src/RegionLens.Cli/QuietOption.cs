using System.CommandLine;

namespace RegionLens.Cli;

/// <summary><c>--quiet</c>, shared by the commands that scan: no progress line, for a terminal session that is being
/// recorded or a user who finds it distracting. Errors are still written.</summary>
internal static class QuietOption
{
    public static Option<bool> Create() =>
        new("--quiet", "-q") { Description = "Write no progress to standard error (it is only written to a terminal, for scans longer than 2 s)" };
}
