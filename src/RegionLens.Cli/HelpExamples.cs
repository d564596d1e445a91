using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace RegionLens.Cli;

/// <summary>
/// <c>--help</c> as System.CommandLine writes it, followed by examples of the command asked about: a user's first
/// question is usually "what do I type", which the option list alone does not answer.
/// </summary>
internal sealed class HelpExamples(SynchronousCommandLineAction standardHelp) : SynchronousCommandLineAction
{
    private static readonly Dictionary<string, string[]> ByCommand = new(StringComparer.Ordinal)
    {
        ["regionlens"] =
        [
            "regionlens scan                                  scan the solution in the current folder",
            "regionlens whatif --fail us-east-1               what breaks if us-east-1 fails",
            "regionlens rules RL0003                          why a \"global\" endpoint is a us-east-1 dependency",
            "regionlens init                                  start a regionlens.json",
        ],
        ["scan"] =
        [
            "regionlens scan                                  the solution or projects in the current folder",
            "regionlens scan src/Shop.slnx --fail-on warning  exit 1 on any warning or error",
            "regionlens scan . --format sarif -o rl.sarif     SARIF for code scanning",
            "regionlens scan . --format sarif --github -o rl.sarif   SARIF for GitHub code scanning",
            "regionlens scan . --baseline main.sarif          fail only on findings that main.sarif does not have",
            "regionlens scan . --format mermaid               the dependency graph as a Mermaid diagram",
            "regionlens scan . --config ci/regionlens.json    settings from another file",
        ],
        ["whatif"] =
        [
            "regionlens whatif --fail us-east-1               a region, on any provider that has it",
            "regionlens whatif --fail resolver:10.0.0.2       one DNS resolver",
            "regionlens whatif --fail us-east-1 --fail us-west-2 --format json",
        ],
        ["rules"] =
        [
            "regionlens rules                                 every rule with its default level",
            "regionlens rules RL0100                          one rule's document",
        ],
        ["init"] =
        [
            "regionlens init                                  regionlens.json in the current folder",
            "regionlens init src --force                      replace src/regionlens.json",
        ],
    };

    /// <summary>Puts the examples behind the root's <c>--help</c>, which every subcommand inherits.</summary>
    public static void Attach(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpExamples((SynchronousCommandLineAction)help.Action!);
    }

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var exitCode = standardHelp.Invoke(parseResult);
        // The root command is named after the executable, which is not "regionlens" under a test host.
        var command = parseResult.CommandResult.Command;
        if (ByCommand.TryGetValue(command is RootCommand ? "regionlens" : command.Name, out var examples))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var example in examples)
            {
                output.WriteLine("  " + example);
            }

            output.WriteLine();
        }

        return exitCode;
    }
}
