using System;
using System.Collections.Generic;
using System.IO;

namespace RegionLens.Core.Classification;

/// <summary>
/// The hidden home regions of "global" endpoints, read from <c>rules/global-endpoints.json</c> (DOMAIN §2.1, §2.4,
/// §3.3 A4). The file is embedded in the assembly because the core also runs as an analyzer, which must not read files.
/// </summary>
internal sealed class GlobalEndpointCatalogue
{
    public const string ResourceName = "RegionLens.Rules.global-endpoints.json";

    // Read once, on first use; Lazy's default mode lets only one thread build it.
    private static readonly Lazy<GlobalEndpointCatalogue> Embedded = new(() => Parse(ReadResource()));

    private readonly Dictionary<string, GlobalEndpoint> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GlobalEndpoint> _withSubdomains = new(StringComparer.Ordinal);

    private GlobalEndpointCatalogue(List<GlobalEndpoint> hosts, List<GlobalServiceClient> clients)
    {
        Hosts = hosts;
        SdkClients = clients;
        foreach (var entry in hosts)
        {
            (entry.Subdomains ? _withSubdomains : _exact)[entry.Host] = entry;
        }
    }

    public static GlobalEndpointCatalogue Instance => Embedded.Value;

    public IReadOnlyList<GlobalEndpoint> Hosts { get; }

    public IReadOnlyList<GlobalServiceClient> SdkClients { get; }

    /// <summary>Throws <see cref="InvalidDataException"/> when the text is not a well-formed catalogue.</summary>
    public static GlobalEndpointCatalogue Parse(string json)
    {
        var (hosts, clients) = GlobalEndpointReader.Read(json);
        return new GlobalEndpointCatalogue(hosts, clients);
    }

    /// <summary>The entry for a lower-case host; an exact entry first, then the nearest parent that covers subdomains.</summary>
    public GlobalEndpoint? Find(string host)
    {
        if (_exact.TryGetValue(host, out var entry))
        {
            return entry;
        }

        for (var name = host; ; name = name.Substring(name.IndexOf('.') + 1))
        {
            if (_withSubdomains.TryGetValue(name, out entry))
            {
                return entry;
            }

            if (name.IndexOf('.') < 0)
            {
                return null;
            }
        }
    }

    private static string ReadResource()
    {
        using var stream = typeof(GlobalEndpointCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"The resource {ResourceName} is not embedded in RegionLens.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
