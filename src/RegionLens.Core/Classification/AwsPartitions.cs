using System;
using System.Collections.Generic;

namespace RegionLens.Core.Classification;

/// <summary>The partition facts of DOMAIN §3.1 that the hostname grammar needs: DNS suffixes per partition.</summary>
internal static class AwsPartitions
{
    /// <summary>Every AWS DNS suffix, in the order of DOMAIN §3.3 AWS_SUFFIX (longer forms before their tails).</summary>
    public static readonly string[] DnsSuffixes =
    {
        "amazonaws.com.cn", "api.amazonwebservices.com.cn", "amazonaws.eu", "api.amazonwebservices.eu",
        "api.aws.ic.gov", "c2s.ic.gov", "api.aws.hci.ic.gov", "csp.hci.ic.gov", "sc2s.sgov.gov", "api.aws.scloud",
        "api.cloud-aws.adc-e.uk", "cloud.adc-e.uk", "amazonaws.com", "api.aws", "on.aws",
    };

    // dnsSuffix and dualStackDnsSuffix of each partition (DOMAIN §3.1).
    private static readonly Dictionary<string, string[]> SuffixesByPartition = new(StringComparer.Ordinal)
    {
        ["aws"] = new[] { "amazonaws.com", "api.aws" },
        ["aws-cn"] = new[] { "amazonaws.com.cn", "api.amazonwebservices.com.cn" },
        ["aws-us-gov"] = new[] { "amazonaws.com", "api.aws" },
        ["aws-eusc"] = new[] { "amazonaws.eu", "api.amazonwebservices.eu" },
        ["aws-iso"] = new[] { "c2s.ic.gov", "api.aws.ic.gov" },
        ["aws-iso-b"] = new[] { "sc2s.sgov.gov", "api.aws.scloud" },
        ["aws-iso-e"] = new[] { "cloud.adc-e.uk", "api.cloud-aws.adc-e.uk" },
        ["aws-iso-f"] = new[] { "csp.hci.ic.gov", "api.aws.hci.ic.gov" },
    };

    private static readonly HashSet<string> DualStackSuffixes = new(StringComparer.Ordinal)
    {
        "api.aws", "api.amazonwebservices.com.cn", "api.amazonwebservices.eu", "api.aws.ic.gov", "api.aws.scloud",
        "api.cloud-aws.adc-e.uk", "api.aws.hci.ic.gov",
    };

    /// <summary>The catalogue's AWS region for <paramref name="code"/>; null when it is not a known AWS region.</summary>
    public static RegionInfo? Find(string code, RegionCatalogue regions) =>
        regions.FindByCode(code) is { } info && string.Equals(info.Provider, "aws", StringComparison.OrdinalIgnoreCase)
            ? info
            : null;

    public static bool IsDualStackSuffix(string? suffix) => suffix is not null && DualStackSuffixes.Contains(suffix);

    /// <summary>
    /// The partition comes from the region token (aws and aws-us-gov share <c>amazonaws.com</c>); the suffix is only a
    /// cross-check. Returns a note when they disagree, e.g. <c>dynamodb.cn-north-1.amazonaws.com</c>.
    /// </summary>
    public static string? SuffixMismatch(string partition, string? suffix)
    {
        // on.aws (Lambda function URLs) is documented for the aws partition only; don't judge other partitions by it.
        if (suffix is null || suffix == "on.aws" || !SuffixesByPartition.TryGetValue(partition, out var own))
        {
            return null;
        }

        return Array.IndexOf(own, suffix) >= 0 ? null : $"suffix '{suffix}' does not belong to partition '{partition}'";
    }

    /// <summary>True for any host under an AWS DNS suffix (or the Amazon-owned <c>.aws</c> top-level domain).</summary>
    public static bool IsAwsHost(string host)
    {
        if (HostText.EndsWithLabels(host, "aws"))
        {
            return true;
        }

        foreach (var suffix in DnsSuffixes)
        {
            if (HostText.EndsWithLabels(host, suffix))
            {
                return true;
            }
        }

        return false;
    }
}
