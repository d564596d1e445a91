using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace RegionLens.Core.Classification;

/// <summary>
/// Turns the text of <c>rules/global-endpoints.json</c> into entries, and refuses anything off its shape: an unknown
/// member is a typo, and a home region that is missing, or present on a host that has none, is a wrong fact.
/// </summary>
internal static class GlobalEndpointReader
{
    private static readonly Regex HostName = new(@"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$", RegexOptions.CultureInvariant, RegexBudget.Timeout);

    private static readonly string[] FileMembers = { "$comment", "version", "hosts", "sdkClients" };

    private static readonly string[] HostMembers =
    {
        "$comment", "host", "subdomains", "provider", "service", "partition", "scope", "homeRegion", "fips", "dualStack",
        "note", "source",
    };

    private static readonly string[] ClientMembers = { "$comment", "namespace", "client", "interface", "host", "source" };

    public static (List<GlobalEndpoint> Hosts, List<GlobalServiceClient> Clients) Read(string json)
    {
        var file = Members(JsonText.Parse(json), "the file", FileMembers);
        if (!file.TryGetValue("version", out var version) || version is not 1d)
        {
            throw Bad("the file", "version must be 1");
        }

        var hosts = Items(file, "hosts").Select((item, i) => Host(Members(item, $"hosts[{i}]", HostMembers), $"hosts[{i}]")).ToList();
        var clients = Items(file, "sdkClients").Select((item, i) => Client(Members(item, $"sdkClients[{i}]", ClientMembers), $"sdkClients[{i}]")).ToList();
        if (hosts.GroupBy(h => h.Host, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw Bad("hosts", $"'{repeated.Key}' is listed twice");
        }

        return (hosts, clients);
    }

    private static GlobalEndpoint Host(Dictionary<string, object?> entry, string where)
    {
        var host = Name(entry, "host", where);
        where += $" ({host})";
        var scope = Text(entry, "scope", where) switch
        {
            "GlobalHomed" => EndpointScope.GlobalHomed,
            "GlobalEdge" => EndpointScope.GlobalEdge,
            "Global" => EndpointScope.Global,
            var other => throw Bad(where, $"scope '{other}' is not GlobalHomed, GlobalEdge or Global"),
        };

        // Present even when null, so that "no home region" is always a decision and never an omission.
        if (!entry.TryGetValue("homeRegion", out var home) || home is not (null or string))
        {
            throw Bad(where, "homeRegion must be a region code or null");
        }

        var homeRegion = (string?)home;
        if ((scope == EndpointScope.GlobalHomed) != (homeRegion is not null))
        {
            throw Bad(where, "a GlobalHomed host needs a homeRegion, and only a GlobalHomed host may have one");
        }

        if (homeRegion is not null && !AwsHostGrammar.RegionCode.IsMatch(homeRegion))
        {
            throw Bad(where, $"homeRegion '{homeRegion}' is not a region code");
        }

        return new GlobalEndpoint(host, Flag(entry, "subdomains", where), Text(entry, "provider", where),
            Text(entry, "service", where), Text(entry, "partition", where), scope, homeRegion, Flag(entry, "fips", where),
            Flag(entry, "dualStack", where), OptionalText(entry, "note", where), Text(entry, "source", where));
    }

    private static GlobalServiceClient Client(Dictionary<string, object?> entry, string where) =>
        new(Text(entry, "namespace", where), Text(entry, "client", where), Text(entry, "interface", where),
            Name(entry, "host", where), Text(entry, "source", where));

    private static Dictionary<string, object?> Members(object? value, string where, string[] allowed)
    {
        if (value is not Dictionary<string, object?> members)
        {
            throw Bad(where, "an object was expected");
        }

        if (members.Keys.FirstOrDefault(name => Array.IndexOf(allowed, name) < 0) is { } unknown)
        {
            throw Bad(where, $"unknown member '{unknown}'");
        }

        return members;
    }

    private static List<object?> Items(Dictionary<string, object?> file, string name) =>
        file.TryGetValue(name, out var value) && value is List<object?> items ? items : throw Bad("the file", $"'{name}' must be an array");

    private static string Name(Dictionary<string, object?> entry, string name, string where)
    {
        var host = Text(entry, name, where);
        return HostName.IsMatch(host) ? host : throw Bad(where, $"'{host}' is not a lower-case host name");
    }

    private static string Text(Dictionary<string, object?> entry, string name, string where) =>
        OptionalText(entry, name, where) ?? throw Bad(where, $"'{name}' is required");

    private static string? OptionalText(Dictionary<string, object?> entry, string name, string where) =>
        !entry.TryGetValue(name, out var value) || value is null ? null
        : value is string { Length: > 0 } text ? text
        : throw Bad(where, $"'{name}' must be a non-empty string");

    private static bool Flag(Dictionary<string, object?> entry, string name, string where) =>
        !entry.TryGetValue(name, out var value) ? false
        : value is bool flag ? flag
        : throw Bad(where, $"'{name}' must be true or false");

    private static InvalidDataException Bad(string where, string problem) =>
        new($"rules/global-endpoints.json, {where}: {problem}.");
}
