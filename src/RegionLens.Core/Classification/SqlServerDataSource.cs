using System;
using System.Collections.Generic;

namespace RegionLens.Core.Classification;

/// <summary>
/// SqlClient's server keys and their value grammar <c>[protocol:]server[\instance][,port]</c>, plus the mirroring
/// <c>Failover Partner</c>. <c>.</c> and <c>(local)</c> name this machine; LocalDB is skipped.
/// </summary>
internal static class SqlServerDataSource
{
    private static readonly string[] ServerKeys = { "Data Source", "Server", "Address", "Addr", "Network Address" };

    // SQLite and SQL Server Compact share the "Data Source" key and name a file, which can look like a host.
    private static readonly string[] DatabaseFileExtensions = { ".db", ".sqlite", ".sqlite3", ".sdf", ".mdf" };

    /// <summary>Null when the pairs are not a SQL Server connection string.</summary>
    public static IReadOnlyList<ConnectionTarget>? Read(ConnectionStringPairs pairs)
    {
        // SqlClient rejects a Port key, so Server=…;Port=… is MySQL's or Npgsql's; other OLE DB providers are not SQL Server.
        if (pairs.Last(ServerKeys) is not { } dataSource || pairs.Has("Port") || !IsSqlServerProvider(pairs.Last("Provider")))
        {
            return null;
        }

        var targets = new TargetList();
        targets.Add(Parse(dataSource));
        if (pairs.Last("Failover Partner") is { } partner)
        {
            targets.Add(Parse(partner));
        }

        return targets.ToList();
    }

    private static ConnectionTarget? Parse(string value)
    {
        var text = value.Trim();
        if (text.StartsWith("(localdb)", StringComparison.OrdinalIgnoreCase))
        {
            return null; // an on-demand user instance reached through a local pipe, never a network host
        }

        var protocol = StripProtocol(ref text);
        if (protocol == "np")
        {
            text = PipeServer(text);
        }

        int? port = null;
        var comma = text.LastIndexOf(',');
        if (comma >= 0)
        {
            if (!ServerAddress.TryParsePort(text.Substring(comma + 1), out var written))
            {
                return null;
            }

            port = written;
            text = text.Substring(0, comma);
        }

        var host = text.Split('\\')[0].Trim();
        if (host == "." || protocol == "lpc" || host.Equals("(local)", StringComparison.OrdinalIgnoreCase))
        {
            host = "localhost";
        }

        return HasDatabaseFileExtension(host) ? null : ServerAddress.Create(host, port, ConnectionFamily.SqlServer);
    }

    private static string StripProtocol(ref string text)
    {
        var colon = text.IndexOf(':');
        var protocol = colon < 0 ? string.Empty : text.Substring(0, colon).Trim().ToLowerInvariant();
        if (protocol is "tcp" or "np" or "lpc" or "admin")
        {
            text = text.Substring(colon + 1).Trim();
            return protocol;
        }

        return string.Empty;
    }

    // np:\\server\pipe\sql\query
    private static string PipeServer(string path)
    {
        if (!path.StartsWith(@"\\", StringComparison.Ordinal))
        {
            return path;
        }

        var server = path.Substring(2);
        var end = server.IndexOf('\\');
        return end < 0 ? server : server.Substring(0, end);
    }

    private static bool IsSqlServerProvider(string? provider) =>
        provider is null
        || provider.StartsWith("SQLOLEDB", StringComparison.OrdinalIgnoreCase)
        || provider.StartsWith("SQLNCLI", StringComparison.OrdinalIgnoreCase)
        || provider.StartsWith("MSOLEDBSQL", StringComparison.OrdinalIgnoreCase);

    private static bool HasDatabaseFileExtension(string host)
    {
        foreach (var extension in DatabaseFileExtensions)
        {
            if (host.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
