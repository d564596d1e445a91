using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace RegionLens.Core.Classification;

/// <summary>Google Cloud hostnames of DOMAIN §3.5: locational endpoints, Cloud Run URLs and global APIs.</summary>
internal static class GcpHostGrammar
{
    /// <summary>DOMAIN §3.5 GCP_REGION, with [0-9] for \d.</summary>
    public const string RegionPattern = "(?:us|europe|asia|australia|northamerica|southamerica|me|africa)-[a-z]+[0-9]{1,2}";

    /// <summary>The 42 Compute Engine regions of DOMAIN §3.5 (completeness as of the crawl date).</summary>
    private static readonly HashSet<string> Regions = new(StringComparer.Ordinal)
    {
        "us-central1", "us-east1", "us-east4", "us-east5", "us-south1", "us-west1", "us-west2", "us-west3",
        "us-west4", "northamerica-northeast1", "northamerica-northeast2", "northamerica-south1",
        "southamerica-east1", "southamerica-west1", "europe-central2", "europe-north1", "europe-north2",
        "europe-southwest1", "europe-west1", "europe-west2", "europe-west3", "europe-west4", "europe-west6",
        "europe-west8", "europe-west9", "europe-west10", "europe-west12", "asia-east1", "asia-east2",
        "asia-northeast1", "asia-northeast2", "asia-northeast3", "asia-south1", "asia-south2", "asia-southeast1",
        "asia-southeast2", "australia-southeast1", "australia-southeast2", "me-central1", "me-central2", "me-west1",
        "africa-south1",
    };

    /// <summary>The region names above, for callers that recognise region strings outside hostnames.</summary>
    public static IReadOnlyCollection<string> RegionNames => Regions;

    // G2: SERVICE.REGION.rep.googleapis.com, private SERVICE.REGION.p.rep.googleapis.com.
    private static readonly Regex Rep = new(
        @"^(?<service>[a-z0-9-]+)\.(?<region>" + RegionPattern + @")\.(?<private>p\.)?rep\.googleapis\.com$",
        AwsHostGrammar.Options, RegexBudget.Timeout);

    // G1: legacy locational REGION-SERVICE.googleapis.com (Vertex AI, AI Platform).
    private static readonly Regex Legacy = new(
        @"^(?<region>" + RegionPattern + @")-(?<service>[a-z0-9]+)\.googleapis\.com$",
        AwsHostGrammar.Options, RegexBudget.Timeout);

    // G3: Cloud Run deterministic URL [TAG---]SERVICE-PROJECT_NUMBER.REGION.run.app; the service name is the user's.
    private static readonly Regex Run = new(
        @"^(?:[a-z0-9-]+---)?[a-z0-9-]+-[0-9]+\.(?<region>" + RegionPattern + @")\.run\.app$",
        AwsHostGrammar.Options, RegexBudget.Timeout);

    private static readonly Regex GlobalApi = new(@"^(?<service>[a-z0-9-]+)\.googleapis\.com$", AwsHostGrammar.Options, RegexBudget.Timeout);

    private static readonly string[] Suffixes = { "googleapis.com", "run.app", "gateway.dev", "appspot.com", "cloudfunctions.net" };

    public static bool IsKnownRegion(string token, RegionCatalogue regions) =>
        Regions.Contains(token)
        || (regions.FindByCode(token) is { } info && string.Equals(info.Provider, "gcp", StringComparison.OrdinalIgnoreCase));

    public static EndpointClassification? TryClassify(string host, RegionCatalogue regions)
    {
        // Every form ends in googleapis.com or run.app: other names need not meet the regexes.
        if (!IsGcpHost(host))
        {
            return null;
        }

        if (Rep.Match(host) is { Success: true } rep)
        {
            var note = rep.Groups["private"].Success ? "private locational endpoint (p.rep)" : null;
            return Regional(host, rep.Groups["service"].Value, rep.Groups["region"].Value, regions, note);
        }

        if (Legacy.Match(host) is { Success: true } legacy)
        {
            return Regional(host, legacy.Groups["service"].Value, legacy.Groups["region"].Value, regions, null);
        }

        if (Run.Match(host) is { Success: true } run)
        {
            return Regional(host, "run", run.Groups["region"].Value, regions, null);
        }

        if (GlobalApi.Match(host) is { Success: true } api)
        {
            return new EndpointClassification(host, "gcp", EndpointScope.Global, service: api.Groups["service"].Value);
        }

        if (HostText.EndsWithLabels(host, "run.app"))
        {
            return new EndpointClassification(host, "gcp", EndpointScope.Public, service: "run",
                note: "hash-style Cloud Run URL; no region in the host");
        }

        return IsGcpHost(host) ? new EndpointClassification(host, "gcp", EndpointScope.Public) : null;
    }

    public static bool IsGcpHost(string host)
    {
        foreach (var suffix in Suffixes)
        {
            if (HostText.EndsWithLabels(host, suffix))
            {
                return true;
            }
        }

        return false;
    }

    private static EndpointClassification Regional(string host, string service, string token, RegionCatalogue regions, string? note)
    {
        var known = IsKnownRegion(token, regions);
        return new EndpointClassification(host, "gcp", EndpointScope.Regional, service: service,
            region: known ? token : null, note: known ? note : $"unknown region '{token}'");
    }
}
