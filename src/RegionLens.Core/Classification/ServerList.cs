using System;

namespace RegionLens.Core.Classification;

/// <summary>
/// A comma-separated list of <c>host:port</c> entries or URLs (Kafka bootstrap servers, Elasticsearch nodes, Redis
/// endpoints). Entries that are <c>key=value</c> options, as StackExchange.Redis writes them among its endpoints, are skipped.
/// </summary>
internal static class ServerList
{
    /// <summary><paramref name="complete"/> is false when an entry is neither a server nor an option.</summary>
    public static TargetList Read(string text, string family, out bool complete)
    {
        var targets = new TargetList();
        complete = true;
        var entries = ConnectionStringSyntax.Split(text, ',');
        if (entries is null)
        {
            complete = false;
            return targets;
        }

        foreach (var raw in entries)
        {
            var entry = raw.Trim();
            if (entry.Length == 0 || IsOption(entry))
            {
                continue;
            }

            var target = entry.IndexOf("://", StringComparison.Ordinal) >= 0
                ? UrlAuthority.ToTarget(entry, family)
                : ServerAddress.FromHostPort(entry, family);
            complete &= target is not null;
            targets.Add(target);
        }

        return targets;
    }

    // A URL's query ("http://es:9200/?x=1") has an '=' too, but what comes before it is not a key.
    private static bool IsOption(string entry) => ConnectionStringSyntax.ParsePair(entry) is not null;
}
