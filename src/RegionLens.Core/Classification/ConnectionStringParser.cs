using System;
using System.Collections.Generic;

namespace RegionLens.Core.Classification;

/// <summary>
/// Reads the hosts (and ports) a connection string connects to, with its provider family. Only hosts leave the parser:
/// passwords and keys are never returned, and a quoted value is never split, so a secret cannot pose as a host.
/// </summary>
public static class ConnectionStringParser
{
    /// <summary>
    /// Recognises SQL Server, Npgsql, Kafka <c>bootstrap.servers</c>, RabbitMQ <c>HostName</c>, Azure Service Bus,
    /// Storage and Cosmos DB <c>key=value;…</c> strings; StackExchange.Redis configuration; and <c>postgres(ql)://</c>,
    /// <c>mongodb(+srv)://</c>, <c>redis(s)://</c> and <c>amqp(s)://</c> URIs. Returns null when the text is none of
    /// these (a sentence, <c>a=b</c>, JSON, an <c>https://</c> URL), and an empty list when the family is known but no
    /// network host is named (<c>Server=(localdb)\MSSQLLocalDB</c>, a placeholder). Hosts are lower-cased, in the order
    /// written, each host and port once; a port is given only when the string writes one.
    /// </summary>
    public static IReadOnlyList<ConnectionTarget>? Parse(string text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return ConnectionUri.Parse(trimmed!)
            ?? (ConnectionStringPairs.Parse(trimmed!) is { } pairs ? KeyValueConnectionString.Read(pairs) : null)
            ?? RedisConfiguration.Parse(trimmed!);
    }

    /// <summary>
    /// Reads a comma-separated list of <c>host:port</c> entries or URLs that the caller knows to be servers of
    /// <paramref name="family"/>: Kafka bootstrap servers, Elasticsearch nodes, Redis endpoints. <c>key=value</c>
    /// entries are skipped as options; user info in a URL is dropped. Null when any other entry is not a server.
    /// </summary>
    public static IReadOnlyList<ConnectionTarget>? ParseServerList(string text, string family)
    {
        if (string.IsNullOrWhiteSpace(family))
        {
            throw new ArgumentException("A family such as \"kafka\" is required.", nameof(family));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var targets = ServerList.Read(text, family, out var complete);
        return complete && targets.Count > 0 ? targets.ToList() : null;
    }
}
