using System.Collections.Generic;

namespace RegionLens.Core.Classification;

/// <summary>
/// The URI-shaped connection strings: <c>postgres(ql)://</c> (libpq), <c>mongodb://</c> and <c>mongodb+srv://</c>,
/// <c>redis(s)://</c> and <c>amqp(s)://</c>. Other schemes, <c>https://</c> among them, are not connection strings.
/// </summary>
internal static class ConnectionUri
{
    /// <summary>Null when the scheme is not one of these families; an unreadable host list gives an empty list.</summary>
    public static IReadOnlyList<ConnectionTarget>? Parse(string text)
    {
        var authority = UrlAuthority.Cut(text, out var scheme);
        var family = FamilyOf(scheme);
        if (authority is null || family is null)
        {
            return null;
        }

        // libpq and MongoDB list several hosts; mongodb+srv names one SRV record, Redis and AMQP URIs one server.
        var hosts = scheme is "postgres" or "postgresql" or "mongodb" ? authority.Split(',') : new[] { authority };
        var targets = new TargetList();
        foreach (var host in hosts)
        {
            targets.Add(ServerAddress.FromHostPort(host, family));
        }

        return targets.ToList();
    }

    private static string? FamilyOf(string scheme) => scheme switch
    {
        "postgres" or "postgresql" => ConnectionFamily.PostgreSql,
        "mongodb" or "mongodb+srv" => ConnectionFamily.MongoDb,
        "redis" or "rediss" => ConnectionFamily.Redis,
        "amqp" or "amqps" => ConnectionFamily.RabbitMq,
        _ => null,
    };
}
