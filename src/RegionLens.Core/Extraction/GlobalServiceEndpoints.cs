using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using RegionLens.Core.Classification;

namespace RegionLens.Core.Extraction;

/// <summary>
/// AWS services whose control plane or only endpoint lives in us-east-1 however the client's region is set, with the
/// host their SDK clients call (DOMAIN.md §2.1, commercial partition; listed in rules/global-endpoints.json). A
/// client of one of these is a hidden us-east-1 dependency even in a solution pinned elsewhere.
/// </summary>
internal static class GlobalServiceEndpoints
{
    /// <summary>The STS global endpoint, chosen by the legacy regional-endpoints setting (DOMAIN.md §2.2).</summary>
    public const string LegacySts = "sts.amazonaws.com";

    /// <summary>The S3 legacy global endpoint, chosen by the legacy us-east-1 regional-endpoint setting.</summary>
    public const string LegacyS3 = "s3.amazonaws.com";

    // The clients and their hosts are data: sdkClients in rules/global-endpoints.json.
    private static readonly Lazy<Service[]> Services = new(() => GlobalEndpointCatalogue.Instance.SdkClients
        .Select(client => new Service(client.Namespace, client.Client, client.Interface, client.Host))
        .ToArray());

    public static Service? ByClient(string name) => Services.Value.FirstOrDefault(service => service.Client == name);

    public static Service? ByInterface(string name) => Services.Value.FirstOrDefault(service => service.Interface == name);

    /// <summary>One global service: the SDK namespace, client class and client interface, and the host they call.</summary>
    internal sealed class Service
    {
        public Service(string @namespace, string client, string @interface, string host)
        {
            Namespace = @namespace;
            Client = client;
            Interface = @interface;
            Host = host;
        }

        public string Namespace { get; }
        public string Client { get; }
        public string Interface { get; }
        public string Host { get; }

        /// <summary>The type is this service's <paramref name="name"/> in the SDK's namespace, not a look-alike.</summary>
        public bool Declares(ITypeSymbol? type, string name) =>
            type is not null && type.Name == name && type.ContainingNamespace?.ToDisplayString() == Namespace;
    }
}
