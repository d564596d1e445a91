namespace RegionLens.Cli.Tests;

/// <summary>Runs the command line in-process, as `regionlens ARGS` would, capturing both streams.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> InvokeAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CommandLine.InvokeAsync(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>As <see cref="InvokeAsync(string[])"/>, with these environment variables (and no others) visible to the
    /// command line, such as the scan cache's folder.</summary>
    public static async Task<CliRun> InvokeWithVariablesAsync(IReadOnlyDictionary<string, string> variables, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new ConsoleEnvironment(false, false, name => variables.GetValueOrDefault(name));
        var exitCode = await CommandLine.InvokeAsync(args, output, error, console, TimeProvider.System);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
