using System;
using System.Collections.Generic;
using System.Linq;

namespace RegionLens.Core.Extraction;

/// <summary>
/// Reads the endpoint out of an Azure connection string (<c>AccountEndpoint=…;AccountKey=…</c>,
/// <c>AccountName=…;EndpointSuffix=…</c>, <c>Endpoint=sb://…;SharedAccessKey=…</c>). Only the endpoint leaves this class:
/// a connection string carries keys, and evidence is printed, logged and uploaded.
/// </summary>
internal static class AzureConnectionStrings
{
    /// <summary>Each value as the endpoint it names. A value without <c>=</c> or <c>;</c> is taken as the endpoint
    /// itself (<c>https://acct.documents.azure.com</c>, <c>ns.servicebus.windows.net</c>); any other value is a
    /// connection string, kept as its endpoint or dropped when it names none. A configuration key is kept: the
    /// scanner joins it and redacts what it reads.</summary>
    public static IReadOnlyList<ResolvedValue> Endpoints(IEnumerable<ResolvedValue> values, Func<IReadOnlyDictionary<string, string>, string?> endpointOf)
    {
        var endpoints = new List<ResolvedValue>();
        foreach (var value in values)
        {
            if (value.ConfigKey is not null || value.Text.IndexOfAny(['=', ';']) < 0)
            {
                endpoints.Add(value);
            }
            else if (endpointOf(Settings(value.Text)) is { Length: > 0 } endpoint)
            {
                // The unknown part of "AccountName=acct;AccountKey={key}" is the key, not the endpoint.
                var isComplete = value.IsComplete || endpoint.IndexOf('{') < 0;
                endpoints.Add(new ResolvedValue(endpoint, isComplete, value.Sources, null, value.IsSyntactic));
            }
        }

        return endpoints;
    }

    /// <summary>Cosmos DB: <c>AccountEndpoint=https://acct.documents.azure.com:443/;AccountKey=…</c>.</summary>
    public static string? CosmosEndpoint(IReadOnlyDictionary<string, string> settings) =>
        settings.TryGetValue("AccountEndpoint", out var endpoint) ? endpoint : null;

    /// <summary>Service Bus and Event Hubs: the host of <c>Endpoint=sb://ns.servicebus.windows.net/</c>.</summary>
    public static string? MessagingHost(IReadOnlyDictionary<string, string> settings)
    {
        if (!settings.TryGetValue("Endpoint", out var endpoint))
        {
            return null;
        }

        var schemeEnd = endpoint.IndexOf("://", StringComparison.Ordinal);
        var host = schemeEnd < 0 ? endpoint : endpoint.Substring(schemeEnd + 3);
        var pathStart = host.IndexOf('/');
        return pathStart < 0 ? host : host.Substring(0, pathStart);
    }

    /// <summary>Storage: the service's own <c>BlobEndpoint=</c> when given; else the emulator for
    /// <c>UseDevelopmentStorage=true</c>; else the account's public endpoint, built the way the SDK builds it.</summary>
    public static string? StorageEndpoint(IReadOnlyDictionary<string, string> settings, StorageService service)
    {
        if (settings.TryGetValue(service.EndpointKey, out var endpoint))
        {
            return endpoint;
        }

        if (settings.TryGetValue("UseDevelopmentStorage", out var development) && development.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return "http://127.0.0.1:" + service.EmulatorPort;
        }

        if (!settings.TryGetValue("AccountName", out var account))
        {
            return null;
        }

        var protocol = settings.TryGetValue("DefaultEndpointsProtocol", out var scheme) ? scheme : "https";
        var suffix = settings.TryGetValue("EndpointSuffix", out var written) ? written : "core.windows.net";
        return protocol + "://" + account + "." + service.Name + "." + suffix;
    }

    /// <summary>The <c>Key=Value</c> pairs; keys are case-insensitive, and a value may itself contain <c>=</c>
    /// (base64 keys end with <c>==</c>).</summary>
    private static Dictionary<string, string> Settings(string text)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in text.Split(';').Select(p => p.Trim()))
        {
            var separator = pair.IndexOf('=');
            if (separator > 0)
            {
                settings[pair.Substring(0, separator).Trim()] = pair.Substring(separator + 1).Trim();
            }
        }

        return settings;
    }
}
