using System.Text;
using System.Text.RegularExpressions;
using RegionLens.Core.Model;

namespace RegionLens.Scanner.Configuration;

/// <summary>A <c>COPY</c>/<c>ADD</c> that replaces the image's <c>/etc/resolv.conf</c>, at the copied source.</summary>
public sealed record ResolvConfCopy(string Source, SourceLocation Location);

/// <summary>What a Dockerfile says about configuration and name resolution.</summary>
/// <param name="Resolvers"><c>nameserver</c> addresses that <c>RUN</c> instructions write into <c>/etc/resolv.conf</c>.</param>
public sealed record DockerfileContents(
    string Path,
    IReadOnlyList<ConfigEntry> Environment,
    IReadOnlyList<ConfigEntry> Arguments,
    IReadOnlyList<ResolverAddress> Resolvers,
    IReadOnlyList<ResolvConfCopy> ResolvConfCopies);

/// <summary>
/// Reads <c>ENV</c> (<c>KEY=value</c> pairs and the legacy <c>ENV KEY value</c>), <c>ARG NAME=default</c>, <c>RUN</c>
/// instructions that write <c>nameserver</c> lines into <c>/etc/resolv.conf</c> (<c>&gt;</c>, <c>&gt;&gt;</c>, <c>tee</c>)
/// and <c>COPY</c>/<c>ADD</c> onto it. A <c>\</c> continuation on the last line simply ends the file, as Docker accepts it.
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
        foreach (var instruction in Instructions(path, SourceText.Lines(File.ReadAllText(path))))
        {
            var words = instruction.Words();
            switch (words[0].Value.ToUpperInvariant())
            {
                case "ENV":
                    environment.AddRange(DockerAssignments.Env(path, instruction, words));
                    break;
                case "ARG":
                    arguments.AddRange(DockerAssignments.Args(instruction, words));
                    break;
                case "RUN" when WritesResolvConf().IsMatch(instruction.Text):
                    resolvers.AddRange(NameServer().Matches(instruction.Text)
                        .Select(m => new ResolverAddress(m.Groups[1].Value, instruction.At(m.Groups[1].Index))));
                    break;
                case "COPY" or "ADD" when words.Count > 2 && words[^1].Value == "/etc/resolv.conf":
                    copies.AddRange(words.Skip(1).SkipLast(1)
                        .Where(w => !w.Value.StartsWith("--", StringComparison.Ordinal))
                        .Select(w => new ResolvConfCopy(w.Value, instruction.At(w.Start))));
                    break;
            }
        }

        return new DockerfileContents(path, environment, arguments, resolvers, copies);
    }

    // Docker drops comment and blank lines inside a continuation, so they neither end nor join an instruction.
    private static IEnumerable<DockerInstruction> Instructions(string path, IReadOnlyList<string> lines)
    {
        var text = new StringBuilder();
        var positions = new List<SourceLocation>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].TrimEnd();
            var first = SourceText.SkipSpaces(line, 0);
            if (first == line.Length || line[first] == '#')
            {
                continue;
            }

            var continues = line.EndsWith('\\');
            // A continuation line keeps its indentation: Docker joins the lines without adding or removing spaces.
            for (var c = text.Length == 0 ? first : 0; c < line.Length - (continues ? 1 : 0); c++)
            {
                text.Append(line[c]);
                positions.Add(new SourceLocation(path, i + 1, c + 1));
            }

            if (!continues)
            {
                yield return new DockerInstruction(path, text.ToString(), [.. positions]);
                text.Clear();
                positions.Clear();
            }
        }

        if (text.ToString().Trim().Length > 0)
        {
            yield return new DockerInstruction(path, text.ToString(), [.. positions]);
        }
    }

    [GeneratedRegex(@"(>>?|\btee\b(\s+-a)?)\s*/etc/resolv\.conf\b")]
    private static partial Regex WritesResolvConf();

    // No \b before "nameserver": in printf "...\nnameserver 1.1.1.1" it follows the letter n of the escape.
    [GeneratedRegex(@"nameserver\s+([0-9A-Fa-f:.]*[0-9A-Fa-f])")]
    private static partial Regex NameServer();
}
