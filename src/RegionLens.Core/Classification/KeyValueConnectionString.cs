using System.Collections.Generic;

namespace RegionLens.Core.Classification;

/// <summary>
/// Tells the family of an ADO.NET-style string from its keys and reads its hosts. Keys that only one family documents
/// are checked before the shared ones: <c>Endpoint=sb://</c>, <c>AccountEndpoint</c>, the storage keys, Kafka's
/// bootstrap servers, <c>HostName</c>, Npgsql's <c>Host</c>, and last SqlClient's server keys.
/// </summary>
internal static class KeyValueConnectionString
{
    // Azure IoT Hub also writes HostName=, next to device and shared-access keys that RabbitMQ does not have.
    private static readonly string[] IotHubKeys = { "DeviceId", "SharedAccessKeyName", "SharedAccessKey" };

    /// <summary>Null when no key names a known family.</summary>
    public static IReadOnlyList<ConnectionTarget>? Read(ConnectionStringPairs pairs)
    {
        if (pairs.Last("Endpoint") is { } endpoint && UrlAuthority.Cut(endpoint.Trim(), out var scheme) is not null && scheme == "sb")
        {
            return One(UrlAuthority.ToTarget(endpoint, ConnectionFamily.ServiceBus));
        }

        if (pairs.Last("AccountEndpoint") is { } account)
        {
            return One(UrlAuthority.ToTarget(account, ConnectionFamily.Cosmos));
        }

        if (AzureStorageConnectionString.Matches(pairs))
        {
            return AzureStorageConnectionString.Read(pairs);
        }

        if (pairs.Last("bootstrap.servers", "BootstrapServers") is { } servers)
        {
            return ServerList.Read(servers, ConnectionFamily.Kafka, out _).ToList();
        }

        if (pairs.Last("HostName") is { } hostName && !pairs.Has(IotHubKeys))
        {
            return One(ServerAddress.FromHostPort(hostName, ConnectionFamily.RabbitMq, pairs.Port()));
        }

        if (pairs.Last("Host") is { } hosts)
        {
            return NpgsqlHosts(hosts, pairs.Port());
        }

        return SqlServerDataSource.Read(pairs);
    }

    // Host=a,b:5433;Port=6432 — the Port key applies to the hosts that do not name their own.
    private static IReadOnlyList<ConnectionTarget> NpgsqlHosts(string hosts, int? port)
    {
        var targets = new TargetList();
        foreach (var host in hosts.Split(','))
        {
            targets.Add(ServerAddress.FromHostPort(host, ConnectionFamily.PostgreSql, port));
        }

        return targets.ToList();
    }

    private static IReadOnlyList<ConnectionTarget> One(ConnectionTarget? target)
    {
        var targets = new TargetList();
        targets.Add(target);
        return targets.ToList();
    }
}
