using System.CommandLine;

namespace RegionLens.Cli;

/// <summary>The root command: <c>scan</c>, <c>rules</c>, <c>whatif</c> and <c>init</c>. Parse errors exit with <see cref="ExitCodes.UsageOrInputError"/>.</summary>
public static class CommandLine
{
    public static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error)
    {
        var parsed = Create(output, error).Parse(args);
        // --help answers even a command line that is wrong, as System.CommandLine's own invocation would.
        if (parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true })
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync($"regionlens: {parseError.Message}").ConfigureAwait(false);
            }

            return ExitCodes.UsageOrInputError;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parsed.InvokeAsync(configuration).ConfigureAwait(false);
    }

    /// <summary>The command line parsed without running anything, for checking that documented command lines are valid.</summary>
    public static ParseResult Parse(params string[] args) => Create(TextWriter.Null, TextWriter.Null).Parse(args);

    private static RootCommand Create(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("RegionLens: what in a .NET solution breaks if one region, or one DNS resolver, fails")
        {
            ScanCommand.Create(output, error),
            RulesCommand.Create(output, error),
            WhatIfCommand.Create(output, error),
            InitCommand.Create(output, error),
        };
        HelpExamples.Attach(root);
        return root;
    }
}
