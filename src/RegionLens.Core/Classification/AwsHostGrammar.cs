using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace RegionLens.Core.Classification;

/// <summary>
/// The AWS hostname grammar of DOMAIN §3.3 (regexes A1, A2, A3, A5 and zonal names; A4 lives in
/// <see cref="AwsGlobalHosts"/>). The regexes only find a region-shaped token; whether it is a real region is decided
/// by the <see cref="RegionCatalogue"/>, so that <c>us-east-9</c> is reported as unknown rather than guessed.
/// </summary>
internal static class AwsHostGrammar
{
    /// <summary>DOMAIN §3.3 AWS_REGION, with [0-9] for \d so that non-ASCII digits never match.</summary>
    public const string RegionPattern =
        "(?:us-gov|us-iso[bf]?|eu-isoe|eusc-de|us|eu|ap|sa|ca|me|af|il|mx|cn)-(?:north|south|east|west|central){1,2}-[0-9]{1,2}";

    // Interpreted, not Compiled: a compiled regex emits and JIT-compiles its code in every process (ReadyToRun cannot
    // precompile it), which cost a short scan more than matching the few names the suffix checks and the memo let through.
    public const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>DOMAIN §3.3 AWS_SUFFIX, built from the one suffix list.</summary>
    public static readonly string SuffixPattern = "(?:" + string.Join("|", AwsPartitions.DnsSuffixes.Select(Regex.Escape)) + ")";

    public static readonly Regex RegionCode = new("^" + RegionPattern + "$", Options, RegexBudget.Timeout);

    // A1: service then region. Standard, FIPS, dual-stack, S3 .dualstack. and virtual-host, account-based DynamoDB,
    // VPC endpoints, execute-api, ECR, NLB and Lambda URLs.
    private static readonly Regex ServiceThenRegion = new(
        @"^(?:(?<resource>.+)\.)?(?<service>(?!dualstack\.)[a-z0-9-]+?)(?<fips>-fips)?(?:\.(?<dualstack>dualstack))?\."
        + "(?<region>" + RegionPattern + @")\.(?<vpce>vpce\.)?(?<suffix>" + SuffixPattern + ")$",
        Options, RegexBudget.Timeout);

    // A2: resource, region, then service: ALB/CLB, RDS, OpenSearch, Redshift, EC2 public DNS.
    private static readonly Regex RegionThenService = new(
        @"^(?<resource>.+)\.(?<region>" + RegionPattern + @")\."
        + @"(?<service>elb|rds|es|redshift|compute|docdb|neptune|aoss|elasticbeanstalk)\.(?<suffix>amazonaws\.com(?:\.cn)?)$",
        Options, RegexBudget.Timeout);

    // A3: legacy S3 dash form (s3-us-west-2.amazonaws.com, <bucket>.s3-website-us-east-1.amazonaws.com).
    private static readonly Regex LegacyS3Dash = new(
        @"^(?:(?<resource>.+)\.)?(?<service>s3(?:-website|-fips|-external-1)?)-(?<region>" + RegionPattern + @")\."
        + @"(?<suffix>amazonaws\.com(?:\.cn)?)$",
        Options, RegexBudget.Timeout);

    // A5: region first: legacy SQS <region>.queue.amazonaws.com and EC2 private DNS outside us-east-1.
    private static readonly Regex RegionFirst = new(
        @"^(?:(?<resource>.+)\.)?(?<region>" + RegionPattern + @")\.(?<service>queue\.amazonaws\.com|compute\.internal)$",
        Options, RegexBudget.Timeout);

    // An AZ label inside the resource part: NLB zonal names and zonal VPC-endpoint names.
    private static readonly Regex Zonal = new(@"(?:^|[.-])(?<az>" + RegionPattern + @"[a-z])(?:\.|$)", Options, RegexBudget.Timeout);

    private static readonly Regex[] RegionBearing = { ServiceThenRegion, RegionThenService, LegacyS3Dash, RegionFirst };

    public static EndpointClassification? TryClassify(string host, RegionCatalogue regions)
    {
        if (AwsGlobalHosts.TryClassify(host) is { } global)
        {
            return global;
        }

        // Every region-bearing form ends in an AWS DNS suffix or in compute.internal; the regexes (whose optional
        // leading resource group backtracks over the whole host) need not run on the other names.
        if (!AwsPartitions.IsAwsHost(host) && !HostText.EndsWithLabels(host, "compute.internal"))
        {
            return null;
        }

        foreach (var regex in RegionBearing)
        {
            var match = regex.Match(host);
            if (match.Success)
            {
                return Regional(host, match, regions);
            }
        }

        return AwsPartitions.IsAwsHost(host)
            ? new EndpointClassification(host, "aws", EndpointScope.Public, note: "AWS host without a recognised region token")
            : null;
    }

    /// <summary>Maps the captured service token to the service name; FIPS spelled into the token is reported apart.</summary>
    public static string NormaliseService(string token, out bool fips)
    {
        fips = token.EndsWith("-fips", StringComparison.Ordinal);
        var service = fips ? token.Substring(0, token.Length - "-fips".Length) : token;
        return service switch
        {
            "ddb" => "dynamodb",
            "queue" or "queue.amazonaws.com" => "sqs",
            "compute" or "compute.internal" or "compute-1" => "ec2",
            "s3-external-1" => "s3",
            _ => service,
        };
    }

    private static EndpointClassification Regional(string host, Match match, RegionCatalogue regions)
    {
        var token = match.Groups["region"].Value;
        var service = NormaliseService(match.Groups["service"].Value, out var fipsInToken);
        var suffix = match.Groups["suffix"].Success ? match.Groups["suffix"].Value : null;
        var dualStack = match.Groups["dualstack"].Success || AwsPartitions.IsDualStackSuffix(suffix);
        var info = AwsPartitions.Find(token, regions);
        var note = info is null ? $"unknown region '{token}'" : AwsPartitions.SuffixMismatch(info.Partition, suffix);
        return new EndpointClassification(
            host,
            "aws",
            EndpointScope.Regional,
            service: service,
            region: info?.Code,
            partition: info?.Partition,
            zone: info is null ? null : ZoneOf(match.Groups["resource"], info.Code),
            fips: match.Groups["fips"].Success || fipsInToken,
            dualStack: dualStack,
            note: note);
    }

    // Only an AZ of the host's own region counts, so that a bucket named "logs-eu-west-1a" in us-east-1 is no zone.
    private static string? ZoneOf(Group resource, string region)
    {
        if (!resource.Success)
        {
            return null;
        }

        var az = Zonal.Match(resource.Value).Groups["az"];
        return az.Success && az.Value.Length == region.Length + 1 && az.Value.StartsWith(region, StringComparison.Ordinal)
            ? az.Value
            : null;
    }
}
