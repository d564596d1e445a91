using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace RegionLens.Core.Classification;

/// <summary>
/// AWS hosts with no region token that are nonetheless pinned to one region (DOMAIN §3.3 A4 and the master table of
/// §2.1), the multi-region edge hosts of A4, and the partition-global endpoints of the other partitions (§2.4).
/// </summary>
internal static class AwsGlobalHosts
{
    /// <summary>Where the aws partition's "global" endpoints live (its implicitGlobalRegion, DOMAIN §3.1).</summary>
    public const string AwsHomeRegion = "us-east-1";

    private const string StsNote =
        "global STS endpoint: served from us-east-1 unless resolved by the Amazon DNS resolver in a VPC of a default-enabled region";

    // One rule per A4 alternative, so that each can say which service it is and whether it is an edge host.
    private static readonly Rule[] Rules =
    {
        new(@"^(?<service>sts|iam|iam-fips|route53|route53-fips|cloudfront|budgets|savingsplans|waf|importexport|sdb|queue|sqs)\.amazonaws\.com$"),
        new(@"^(?:.+\.)?s3(?:-external-1)?\.amazonaws\.com$", "s3"),
        new(@"^(?<service>iam|route53|cloudfront|iam-fips|route53-fips|cloudfront-fips)\.global\.api\.aws$", dualStack: true),
        new(@"^global\.health\.amazonaws\.com$", "health"),
        new(@"^(?:.+\.)?compute-1\.amazonaws\.com$", "ec2"),
        new(@"^(?:.+\.)?ec2\.internal$", "ec2"),

        // Multi-region / edge data planes: usually a mitigation, not a us-east-1 pin.
        new(@"^(?:.+\.)?accesspoint\.s3-global\.amazonaws\.com$", "s3", EndpointScope.GlobalEdge),
        new(@"^(?:.+\.)?cloudfront\.net$", "cloudfront", EndpointScope.GlobalEdge),
        new(@"^(?:.+\.)?awsglobalaccelerator\.com$", "globalaccelerator", EndpointScope.GlobalEdge),
    };

    // DOMAIN §2.4. The iso partitions' signing regions are not recorded there, so those stay without a home region.
    private static readonly Dictionary<string, PartitionGlobal> OtherPartitions = new(StringComparer.Ordinal)
    {
        ["iam.us-gov.amazonaws.com"] = new("iam", "aws-us-gov", "us-gov-west-1"),
        ["route53.us-gov.amazonaws.com"] = new("route53", "aws-us-gov", "us-gov-west-1"),
        ["route53.amazonaws.com.cn"] = new("route53", "aws-cn", "cn-northwest-1"),
        ["route53.amazonaws.eu"] = new("route53", "aws-eusc", "eusc-de-east-1"),
        ["route53.c2s.ic.gov"] = new("route53", "aws-iso", null),
        ["route53.sc2s.sgov.gov"] = new("route53", "aws-iso-b", null),
        ["route53.cloud.adc-e.uk"] = new("route53", "aws-iso-e", null),
        ["route53.csp.hci.ic.gov"] = new("route53", "aws-iso-f", null),
    };

    public static EndpointClassification? TryClassify(string host)
    {
        foreach (var rule in Rules)
        {
            var match = rule.Regex.Match(host);
            if (match.Success)
            {
                return rule.Classify(host, match);
            }
        }

        return OtherPartitions.TryGetValue(host, out var global) ? global.Classify(host) : null;
    }

    private sealed class Rule
    {
        public Rule(string pattern, string? service = null, EndpointScope scope = EndpointScope.GlobalHomed, bool dualStack = false)
        {
            Regex = new Regex(pattern, AwsHostGrammar.Options);
            Service = service;
            Scope = scope;
            DualStack = dualStack;
        }

        public Regex Regex { get; }

        public string? Service { get; }

        public EndpointScope Scope { get; }

        public bool DualStack { get; }

        public EndpointClassification Classify(string host, Match match)
        {
            var fips = false;
            var service = Service ?? AwsHostGrammar.NormaliseService(match.Groups["service"].Value, out fips);
            var homed = Scope == EndpointScope.GlobalHomed;
            return new EndpointClassification(
                host,
                "aws",
                Scope,
                service: service,
                homeRegion: homed ? AwsHomeRegion : null,
                partition: "aws",
                fips: fips,
                dualStack: DualStack,
                note: service == "sts" ? StsNote : null);
        }
    }

    private sealed class PartitionGlobal
    {
        public PartitionGlobal(string service, string partition, string? homeRegion)
        {
            Service = service;
            Partition = partition;
            HomeRegion = homeRegion;
        }

        public string Service { get; }

        public string Partition { get; }

        public string? HomeRegion { get; }

        public EndpointClassification Classify(string host) =>
            HomeRegion is null
                ? new EndpointClassification(host, "aws", EndpointScope.Global, service: Service, partition: Partition,
                    note: "partition-global endpoint; its home region is not recorded")
                : new EndpointClassification(host, "aws", EndpointScope.GlobalHomed, service: Service,
                    homeRegion: HomeRegion, partition: Partition);
    }
}
