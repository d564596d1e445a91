using System.CommandLine;

namespace RegionLens.Cli;

/// <summary>The root command: <c>scan</c>, <c>rules</c>, <c>whatif</c> and <c>init</c>. Parse errors exit with <see cref="ExitCodes.UsageOrInputError"/>.</summary>
public static class CommandLine
{
    public static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("RegionLens: what in a .NET solution breaks if one region, or one DNS resolver, fails")
        {
            ScanCommand.Create(output, error),
            RulesCommand.Create(output, error),
            WhatIfCommand.Create(output, error),
            InitCommand.Create(output, error),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
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
}
