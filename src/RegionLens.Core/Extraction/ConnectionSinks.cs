using System;
using System.Collections.Generic;

namespace RegionLens.Core.Extraction;

/// <summary>
/// The sinks whose value is a plain list of servers (<c>b1:9092,b2:9092</c>) rather than a connection string with
/// keys, and the family each list belongs to, so that classification can split it into hosts.
/// </summary>
public static class ConnectionSinks
{
    private static readonly Dictionary<string, string> ServerListFamilies = new(StringComparer.Ordinal)
    {
        ["Kafka.BootstrapServers"] = "kafka",
        ["ConnectionMultiplexer.Connect"] = "redis",
        ["ConnectionMultiplexer.ConnectAsync"] = "redis",
    };

    /// <summary>The family of the server list a sink takes, or null when its value is not a server list.</summary>
    public static string? ServerListFamily(string sink) => ServerListFamilies.TryGetValue(sink, out var family) ? family : null;

    internal static string PropertySink(string configNamespace, string property) => configNamespace switch
    {
        "Confluent.Kafka" => "Kafka." + property,
        "RabbitMQ.Client" => "RabbitMQ." + property,
        _ => property,
    };
}
