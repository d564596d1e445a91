using System.Text.RegularExpressions;
using RegionLens.Core.Classification;
using RegionLens.Core.Model;

namespace RegionLens.Scanner.Configuration;

/// <summary>A <c>COPY</c>/<c>ADD</c> that replaces the image's <c>/etc/resolv.conf</c>, at the copied source.</summary>
public sealed record ResolvConfCopy(string Source, SourceLocation Location);

/// <summary>What a Dockerfile says about configuration and name resolution.</summary>
/// <param name="Resolvers"><c>nameserver</c> addresses that <c>RUN</c> instructions or a <c>COPY</c> heredoc write into <c>/etc/resolv.conf</c>.</param>
public sealed record DockerfileContents(
    string Path,
    IReadOnlyList<ConfigEntry> Environment,
    IReadOnlyList<ConfigEntry> Arguments,
    IReadOnlyList<ResolverAddress> Resolvers,
    IReadOnlyList<ResolvConfCopy> ResolvConfCopies);

/// <summary>
/// Reads <c>ENV</c> (<c>KEY=value</c> pairs and the legacy <c>ENV KEY value</c>), <c>ARG NAME=default</c>, <c>RUN</c>
/// instructions that write <c>nameserver</c> lines into <c>/etc/resolv.conf</c> (<c>&gt;</c>, <c>&gt;&gt;</c>, <c>tee</c>)
/// and <c>COPY</c>/<c>ADD</c> onto it (heredocs included). A <c>\</c> continuation on the last line simply ends the file, as Docker accepts it.
/// </summary>
public static partial class DockerfileReader
{
    /// <exception cref="ConfigParseException">A quote is not closed or an <c>ENV</c> has no value.</exception>
    public static DockerfileContents Read(string path)
    {
        var environment = new List<ConfigEntry>();
        var arguments = new List<ConfigEntry>();
        var resolvers = new List<ResolverAddress>();
        var copies = new List<ResolvConfCopy>();
        foreach (var instruction in DockerfileLines.Instructions(path, SourceText.Lines(File.ReadAllText(path))))
        {
            // Only these instructions are split into words: a RUN's shell quoting is the shell's, not Docker's.
            switch (instruction.Keyword)
            {
                case "ENV":
                    environment.AddRange(DockerAssignments.Env(path, instruction, instruction.Words()));
                    break;
                case "ARG":
                    arguments.AddRange(DockerAssignments.Args(instruction, instruction.Words()));
                    break;
                case "RUN" when WritesResolvConf().IsMatch(instruction.Text):
                    resolvers.AddRange(NameServers(instruction));
                    break;
                case "COPY" or "ADD" when instruction.Words() is { Count: > 2 } words && words[^1].Value == "/etc/resolv.conf":
                    copies.AddRange(words.Skip(1).SkipLast(1)
                        .Where(w => !w.Value.StartsWith("--", StringComparison.Ordinal))
                        .Select(w => new ResolvConfCopy(w.Value, instruction.At(w.Start))));
                    // A heredoc source is the file's content itself.
                    resolvers.AddRange(NameServers(instruction));
                    break;
            }
        }

        return new DockerfileContents(path, environment, arguments, resolvers, copies);
    }

    private static IEnumerable<ResolverAddress> NameServers(DockerInstruction instruction) =>
        NameServer().Matches(instruction.Text).Select(m => new ResolverAddress(m.Groups[1].Value, instruction.At(m.Groups[1].Index)));

    [GeneratedRegex(@"(>>?|\btee\b(\s+-a)?)\s*/etc/resolv\.conf\b", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex WritesResolvConf();

    // No \b before "nameserver": in printf "...\nnameserver 1.1.1.1" it follows the letter n of the escape.
    [GeneratedRegex(@"nameserver\s+([0-9A-Fa-f:.]*[0-9A-Fa-f])", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex NameServer();
}
