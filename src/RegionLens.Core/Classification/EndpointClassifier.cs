using System;
using System.Collections.Generic;

namespace RegionLens.Core.Classification;

/// <summary>
/// Classifies a URL, host or IP address: which provider and service it belongs to, which region it names (validated
/// against a <see cref="RegionCatalogue"/>, never guessed), and how far its failure domain reaches
/// (<see cref="EndpointScope"/>). Grammar and facts: DOMAIN §2.1, §3.1–§3.5 and §5.3.
/// </summary>
public static class EndpointClassifier
{
    private const string Other = "other";

    // Zones that never resolve on the public internet: cloud-internal names, mDNS, corporate and home networks.
    private static readonly string[] PrivateSuffixes = { "internal", "local", "corp", "home.arpa" };

    /// <summary>The Azure region names (lower case, no spaces) that Azure hostnames are checked against.</summary>
    public static IReadOnlyCollection<string> AzureRegionNames => AzureHostGrammar.RegionNames;

    /// <summary>The Google Cloud region names that GCP hostnames are checked against.</summary>
    public static IReadOnlyCollection<string> GcpRegionNames => GcpHostGrammar.RegionNames;

    /// <summary>
    /// Accepts a URL (<c>https://user:pw@host:8080/x</c>), a bare host, <c>host:port</c>, or an IPv4/IPv6 address.
    /// Returns null when the text is not a URL or host at all: <c>hello world</c>, <c>us-east-1</c> (a bare word with
    /// no dot; <c>localhost</c> excepted), <c>user@example.com</c>, <c>3.14</c>.
    /// </summary>
    public static EndpointClassification? Classify(string urlOrHost, RegionCatalogue regions)
    {
        if (regions is null)
        {
            throw new ArgumentNullException(nameof(regions));
        }

        return urlOrHost is null ? null : regions.Classified.GetOrAdd(urlOrHost, text => Uncached(text, regions));
    }

    private static EndpointClassification? Uncached(string urlOrHost, RegionCatalogue regions)
    {
        var parsed = HostText.Parse(urlOrHost);
        if (parsed is null)
        {
            return null;
        }

        return parsed.Kind switch
        {
            ParsedHostKind.Address => IpAddressClassifier.Classify(parsed.Host, parsed.Address!),
            ParsedHostKind.Unparseable => Unparseable(parsed.Host),
            _ => ClassifyName(parsed.Host, regions),
        };
    }

    /// <summary>
    /// Shape-only check against DOMAIN §3.3 AWS_REGION (all AWS partitions): true for <c>us-east-1</c> and also for the
    /// unreal <c>us-east-9</c>; false for pseudo-regions such as <c>aws-global</c>. Region codes are lower case.
    /// Use <see cref="RegionCatalogue.IsKnown"/> to learn whether the region exists.
    /// </summary>
    public static bool LooksLikeRegionCode(string text) => text is not null && AwsHostGrammar.RegionCode.IsMatch(text);

    private static EndpointClassification ClassifyName(string host, RegionCatalogue regions)
    {
        if (HostText.EndsWithLabels(host, "localhost"))
        {
            return new EndpointClassification(host, Other, EndpointScope.Loopback);
        }

        // AWS goes first: ec2.internal and compute.internal are AWS names before they are private ones.
        return AwsHostGrammar.TryClassify(host, regions)
            ?? AzureHostGrammar.TryClassify(host, regions)
            ?? GcpHostGrammar.TryClassify(host, regions)
            ?? new EndpointClassification(host, Other, IsPrivateName(host) ? EndpointScope.Private : EndpointScope.Public);
    }

    private static bool IsPrivateName(string host)
    {
        if (host.IndexOf('.') < 0)
        {
            return true; // a single label resolves only through a search domain
        }

        foreach (var suffix in PrivateSuffixes)
        {
            if (HostText.EndsWithLabels(host, suffix))
            {
                return true;
            }
        }

        return false;
    }

    // "https://dynamodb.{region}.amazonaws.com" still tells whose endpoint it is when the suffix is intact.
    private static EndpointClassification Unparseable(string host)
    {
        var provider = AwsPartitions.IsAwsHost(host) ? "aws"
            : AzureHostGrammar.IsAzureHost(host) ? "azure"
            : GcpHostGrammar.IsGcpHost(host) ? "gcp"
            : Other;
        var note = DnsName.HasPlaceholder(host) ? "host contains an unresolved placeholder" : "host could not be parsed";
        return new EndpointClassification(host, provider, EndpointScope.Unknown, note: note);
    }
}
