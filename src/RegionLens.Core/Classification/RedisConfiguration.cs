using System;
using System.Collections.Generic;

namespace RegionLens.Core.Classification;

/// <summary>
/// StackExchange.Redis configuration: comma-separated entries, where an entry without <c>=</c> is an endpoint and the
/// rest are options. A bare <c>host:port</c> list is just as much Kafka's, so one documented option must be present.
/// </summary>
internal static class RedisConfiguration
{
    private static readonly HashSet<string> KnownOptions = new(StringComparer.OrdinalIgnoreCase)
    {
        "abortConnect", "allowAdmin", "asyncTimeout", "channelPrefix", "checkCertificateRevocation", "configChannel",
        "configCheckSeconds", "connectRetry", "connectTimeout", "defaultDatabase", "keepAlive", "name", "password",
        "protocol", "proxy", "resolveDns", "serviceName", "setlib", "ssl", "sslHost", "sslProtocols", "syncTimeout",
        "tiebreaker", "user", "version",
    };

    /// <summary>Null unless every entry is an endpoint or an option, with at least one of each.</summary>
    public static IReadOnlyList<ConnectionTarget>? Parse(string text)
    {
        var entries = ConnectionStringSyntax.Split(text, ',');
        if (entries is null)
        {
            return null;
        }

        var targets = new TargetList();
        var hasKnownOption = false;
        foreach (var raw in entries)
        {
            var entry = raw.Trim();
            if (entry.Length == 0)
            {
                continue;
            }

            if (entry.IndexOf('=') < 0)
            {
                var target = ServerAddress.FromHostPort(entry, ConnectionFamily.Redis);
                if (target is null)
                {
                    return null;
                }

                targets.Add(target);
                continue;
            }

            // "$INFO=" renames a command; its key is not a word.
            var option = ConnectionStringSyntax.ParsePair(entry.TrimStart('$'));
            if (option is null)
            {
                return null;
            }

            hasKnownOption |= KnownOptions.Contains(option.Value.Key);
        }

        return hasKnownOption && targets.Count > 0 ? targets.ToList() : null;
    }
}
