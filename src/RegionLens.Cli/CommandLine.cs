using System.CommandLine;

namespace RegionLens.Cli;

/// <summary>The root command: <c>scan</c>, <c>rules</c>, <c>whatif</c> and <c>init</c>. Parse errors exit with <see cref="ExitCodes.UsageOrInputError"/>.</summary>
public static class CommandLine
{
    /// <summary>Runs the command line as if neither stream were a terminal: no progress, no colour.</summary>
    public static Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error) =>
        InvokeAsync(args, output, error, ConsoleEnvironment.Redirected, TimeProvider.System);

    /// <param name="console">Whether progress and colour may be written, which only a terminal is given.</param>
    /// <param name="time">The clock of the progress display's delay and refresh.</param>
    public static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, ConsoleEnvironment console, TimeProvider time)
    {
        var parsed = Create(output, error, console, time).Parse(args);
        // --help answers even a command line that is wrong, as System.CommandLine's own invocation would.
        if (parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true })
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync($"regionlens: {parseError.Message}").ConfigureAwait(false);
            }

            // The parser says what is wrong; the command's help, with its examples, says what would be right.
            var help = parsed.CommandResult.Command is RootCommand
                ? "`regionlens --help` lists the commands, with examples"
                : $"`regionlens {parsed.CommandResult.Command.Name} --help` lists its options, with examples";
            await error.WriteLineAsync($"regionlens: {help}").ConfigureAwait(false);

            return ExitCodes.UsageOrInputError;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parsed.InvokeAsync(configuration).ConfigureAwait(false);
    }

    /// <summary>The command line parsed without running anything, for checking that documented command lines are valid.</summary>
    public static ParseResult Parse(params string[] args) => Create(TextWriter.Null, TextWriter.Null, ConsoleEnvironment.Redirected, TimeProvider.System).Parse(args);

    private static RootCommand Create(TextWriter output, TextWriter error, ConsoleEnvironment console, TimeProvider time)
    {
        var root = new RootCommand("RegionLens: what in a .NET solution breaks if one region, or one DNS resolver, fails")
        {
            ScanCommand.Create(output, error, console, time),
            RulesCommand.Create(output, error),
            WhatIfCommand.Create(output, error, console, time),
            InitCommand.Create(output, error),
        };
        HelpExamples.Attach(root);
        return root;
    }
}
