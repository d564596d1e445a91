namespace RegionLens.Cli;

/// <summary>What the process's console is attached to, and its environment variables. Passed in rather than read from
/// <see cref="Console"/>, so that tests can stand for a terminal and prove what is written when there is none.</summary>
/// <param name="OutputIsTerminal">Standard output is a terminal rather than a file or pipe.</param>
/// <param name="ErrorIsTerminal">Standard error is a terminal rather than a file or pipe.</param>
/// <param name="ReadVariable">An environment variable's value, or null when it is not set.</param>
public sealed record ConsoleEnvironment(bool OutputIsTerminal, bool ErrorIsTerminal, Func<string, string?> ReadVariable)
{
    /// <summary>Neither stream is a terminal: nothing but the report and its messages is ever written.</summary>
    public static ConsoleEnvironment Redirected { get; } = new(false, false, _ => null);

    public static ConsoleEnvironment OfThisProcess() =>
        new(!Console.IsOutputRedirected, !Console.IsErrorRedirected, Environment.GetEnvironmentVariable);
}
