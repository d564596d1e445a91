using System;
using System.Collections.Generic;

namespace RegionLens.Core.Classification;

/// <summary>
/// Azure Storage: each of the blob, queue, table and file services is reached at its explicit <c>…Endpoint</c> or, when
/// an <c>AccountName</c> is given, at <c>{account}.{service}.{EndpointSuffix}</c>. The emulator shortcut names the
/// documented loopback ports.
/// </summary>
internal static class AzureStorageConnectionString
{
    private const string DefaultSuffix = "core.windows.net";

    private static readonly string[] Services = { "blob", "queue", "table", "file" };

    private static readonly int[] EmulatorPorts = { 10000, 10001, 10002 };

    private static readonly string[] Keys =
    {
        "AccountName", "UseDevelopmentStorage", "DefaultEndpointsProtocol", "BlobEndpoint", "QueueEndpoint",
        "TableEndpoint", "FileEndpoint",
    };

    public static bool Matches(ConnectionStringPairs pairs) => pairs.Has(Keys);

    public static IReadOnlyList<ConnectionTarget> Read(ConnectionStringPairs pairs)
    {
        var targets = new TargetList();
        if (string.Equals(pairs.Last("UseDevelopmentStorage")?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var port in EmulatorPorts)
            {
                targets.Add(new ConnectionTarget("127.0.0.1", port, ConnectionFamily.AzureStorage));
            }

            return targets.ToList();
        }

        var account = pairs.Last("AccountName")?.Trim();
        var suffix = pairs.Last("EndpointSuffix")?.Trim() is { Length: > 0 } written ? written : DefaultSuffix;
        foreach (var service in Services)
        {
            if (pairs.Last(service + "Endpoint") is { } endpoint)
            {
                targets.Add(UrlAuthority.ToTarget(endpoint, ConnectionFamily.AzureStorage));
            }
            else if (!string.IsNullOrEmpty(account))
            {
                targets.Add(ServerAddress.Create($"{account}.{service}.{suffix}", null, ConnectionFamily.AzureStorage));
            }
        }

        return targets.ToList();
    }
}
