using RegionLens.Core.Model;

namespace RegionLens.Scanner.Configuration;

/// <summary>A <c>proxy_pass</c> or <c>grpc_pass</c>. Without a variable, nginx resolves the host once, at start-up.</summary>
public sealed record NginxPass(string Directive, string Target, bool HasVariable, SourceLocation Location);

/// <summary>A <c>server</c> of an <c>upstream</c> block; <see cref="Resolve"/> is its <c>resolve</c> flag.</summary>
public sealed record NginxUpstreamServer(string Upstream, string Address, bool Resolve, SourceLocation Location);

/// <summary>What an nginx configuration says about name resolution.</summary>
public sealed record NginxConfig(
    string Path,
    IReadOnlyList<ResolverAddress> Resolvers,
    IReadOnlyList<NginxPass> Passes,
    IReadOnlyList<NginxUpstreamServer> UpstreamServers);

/// <summary>
/// Reads nginx configuration: every address of <c>resolver</c> directives (<c>valid=</c>, <c>ipv6=</c> and other
/// parameters skipped), <c>proxy_pass</c>/<c>grpc_pass</c> targets and <c>upstream</c> servers. <c>include</c> is not followed.
/// </summary>
public static class NginxConfigReader
{
    private sealed record Block(string Name, string Argument, int Line);

    private sealed class Findings
    {
        public List<ResolverAddress> Resolvers { get; } = [];
        public List<NginxPass> Passes { get; } = [];
        public List<NginxUpstreamServer> UpstreamServers { get; } = [];
    }

    /// <exception cref="ConfigParseException">A quote or block is not closed, or a directive lacks its <c>;</c>.</exception>
    public static NginxConfig Read(string path)
    {
        var found = new Findings();
        var blocks = new Stack<Block>();
        var statement = new List<NginxToken>();
        foreach (var token in new NginxTokenizer(path, File.ReadAllText(path)).Tokens())
        {
            if (token.Kind == NginxTokenKind.Word)
            {
                statement.Add(token);
                continue;
            }

            if (token.Kind == NginxTokenKind.CloseBrace)
            {
                RequireTerminated(path, statement);
                if (!blocks.TryPop(out _))
                {
                    throw new ConfigParseException(path, token.Location.Line, "unexpected }");
                }

                continue;
            }

            if (statement.Count == 0)
            {
                throw new ConfigParseException(path, token.Location.Line, $"unexpected {token.Value}");
            }

            if (token.Kind == NginxTokenKind.OpenBrace)
            {
                blocks.Push(new Block(statement[0].Value, statement.Count > 1 ? statement[1].Value : "", statement[0].Location.Line));
            }
            else
            {
                Directive(found, statement, blocks.TryPeek(out var block) ? block : null);
            }

            statement.Clear();
        }

        RequireTerminated(path, statement);
        // The innermost open block is the nearest guess at where a '}' is missing.
        return blocks.TryPeek(out var open)
            ? throw new ConfigParseException(path, open.Line, $"'{open.Name}' block is not closed")
            : new NginxConfig(path, found.Resolvers, found.Passes, found.UpstreamServers);
    }

    private static void Directive(Findings found, List<NginxToken> statement, Block? block)
    {
        var arguments = statement.Skip(1).ToList();
        switch (statement[0].Value)
        {
            case "resolver":
                found.Resolvers.AddRange(arguments
                    .Where(a => !a.Value.Contains('=', StringComparison.Ordinal))
                    .Select(a => new ResolverAddress(a.Value, a.Location)));
                break;
            case "proxy_pass" or "grpc_pass" when arguments.Count > 0:
                found.Passes.Add(new NginxPass(
                    statement[0].Value, arguments[0].Value, arguments[0].Value.Contains('$', StringComparison.Ordinal), arguments[0].Location));
                break;
            case "server" when block?.Name == "upstream" && arguments.Count > 0:
                found.UpstreamServers.Add(new NginxUpstreamServer(
                    block.Argument, arguments[0].Value, arguments.Skip(1).Any(a => a.Value == "resolve"), arguments[0].Location));
                break;
        }
    }

    private static void RequireTerminated(string path, List<NginxToken> statement)
    {
        if (statement.Count > 0)
        {
            throw new ConfigParseException(path, statement[0].Location.Line, $"'{statement[0].Value}' is not terminated by ;");
        }
    }
}
