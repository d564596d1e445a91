using RegionLens.Core.Classification;
using Xunit;

namespace RegionLens.Core.Tests.Classification;

/// <summary>The AWS hostname grammar: DOMAIN §3.2 templates and the §3.3 regex samples (A1, A2, A3, A5, zonal).</summary>
public class EndpointClassifierTests
{
    [Theory]
    // A1: {service}.{region}.{dnsSuffix}, FIPS, dual-stack (api.aws and S3 .dualstack.)
    [InlineData("dynamodb.us-east-1.amazonaws.com", "dynamodb", "us-east-1", "aws", false, false, null)]
    [InlineData("dynamodb-fips.us-east-1.amazonaws.com", "dynamodb", "us-east-1", "aws", true, false, null)]
    [InlineData("dynamodb.us-east-1.api.aws", "dynamodb", "us-east-1", "aws", false, true, null)]
    [InlineData("sts-fips.us-east-1.api.aws", "sts", "us-east-1", "aws", true, true, null)]
    [InlineData("sts.us-east-1.amazonaws.com", "sts", "us-east-1", "aws", false, false, null)]
    [InlineData("s3.dualstack.us-east-1.amazonaws.com", "s3", "us-east-1", "aws", false, true, null)]
    [InlineData("s3-fips.dualstack.us-east-1.amazonaws.com", "s3", "us-east-1", "aws", true, true, null)]
    [InlineData("sqs.us-east-2.amazonaws.com", "sqs", "us-east-2", "aws", false, false, null)]
    [InlineData("dynamodb.ap-southeast-7.amazonaws.com", "dynamodb", "ap-southeast-7", "aws", false, false, null)]
    [InlineData("route53-recovery-control-config.us-west-2.amazonaws.com", "route53-recovery-control-config", "us-west-2", "aws", false, false, null)]
    [InlineData("organizations.us-east-1.amazonaws.com", "organizations", "us-east-1", "aws", false, false, null)]
    [InlineData("acm.us-east-1.amazonaws.com", "acm", "us-east-1", "aws", false, false, null)]
    [InlineData("wafv2.us-east-1.amazonaws.com", "wafv2", "us-east-1", "aws", false, false, null)]
    // A1: S3 virtual-host, access point, account-based DynamoDB, VPC endpoints, execute-api, Lambda URL, ECR, NLB
    [InlineData("my-bucket.s3.eu-west-1.amazonaws.com", "s3", "eu-west-1", "aws", false, false, null)]
    [InlineData("my.dotted.bucket.s3.dualstack.ap-northeast-1.amazonaws.com", "s3", "ap-northeast-1", "aws", false, true, null)]
    [InlineData("myap-123456789012.s3-accesspoint.us-west-2.amazonaws.com", "s3-accesspoint", "us-west-2", "aws", false, false, null)]
    [InlineData("123456789012.ddb.us-east-1.amazonaws.com", "dynamodb", "us-east-1", "aws", false, false, null)]
    [InlineData("vpce-1a2b3c4d-5e6f.dynamodb.us-east-1.vpce.amazonaws.com", "dynamodb", "us-east-1", "aws", false, false, null)]
    [InlineData("vpce-1a2b3c4d-5e6f-us-east-1a.dynamodb.us-east-1.vpce.amazonaws.com", "dynamodb", "us-east-1", "aws", false, false, "us-east-1a")]
    [InlineData("a1b2c3d4e5.execute-api.eu-central-1.amazonaws.com", "execute-api", "eu-central-1", "aws", false, false, null)]
    [InlineData("abcdefghijklmnop.lambda-url.us-west-2.on.aws", "lambda-url", "us-west-2", "aws", false, false, null)]
    [InlineData("123456789012.dkr.ecr.ap-southeast-2.amazonaws.com", "ecr", "ap-southeast-2", "aws", false, false, null)]
    [InlineData("api.ecr-public.us-east-1.amazonaws.com", "ecr-public", "us-east-1", "aws", false, false, null)]
    [InlineData("my-nlb-0123456789abcdef.elb.us-west-2.amazonaws.com", "elb", "us-west-2", "aws", false, false, null)]
    [InlineData("us-west-2a.my-nlb-0123456789abcdef.elb.us-west-2.amazonaws.com", "elb", "us-west-2", "aws", false, false, "us-west-2a")]
    // A2: region before service
    [InlineData("my-alb-1234567890.us-west-2.elb.amazonaws.com", "elb", "us-west-2", "aws", false, false, null)]
    [InlineData("mydb.c9akciq32xyz.us-east-1.rds.amazonaws.com", "rds", "us-east-1", "aws", false, false, null)]
    [InlineData("search-logs-abc123.eu-west-1.es.amazonaws.com", "es", "eu-west-1", "aws", false, false, null)]
    [InlineData("analytics.abc123xyz.us-east-2.redshift.amazonaws.com", "redshift", "us-east-2", "aws", false, false, null)]
    [InlineData("ec2-203-0-113-25.us-west-2.compute.amazonaws.com", "ec2", "us-west-2", "aws", false, false, null)]
    [InlineData("mydb.abc123xyz.cn-north-1.rds.amazonaws.com.cn", "rds", "cn-north-1", "aws-cn", false, false, null)]
    // A3: legacy S3 dash form
    [InlineData("s3-us-west-2.amazonaws.com", "s3", "us-west-2", "aws", false, false, null)]
    [InlineData("my-bucket.s3-website-us-east-1.amazonaws.com", "s3-website", "us-east-1", "aws", false, false, null)]
    [InlineData("s3-fips-us-gov-west-1.amazonaws.com", "s3", "us-gov-west-1", "aws-us-gov", true, false, null)]
    [InlineData("s3-cn-north-1.amazonaws.com.cn", "s3", "cn-north-1", "aws-cn", false, false, null)]
    // A5: region first
    [InlineData("eu-west-1.queue.amazonaws.com", "sqs", "eu-west-1", "aws", false, false, null)]
    [InlineData("ip-10-24-34-0.us-west-2.compute.internal", "ec2", "us-west-2", "aws", false, false, null)]
    // Other partitions: the partition comes from the catalogue entry of the region token
    [InlineData("sts.cn-north-1.amazonaws.com.cn", "sts", "cn-north-1", "aws-cn", false, false, null)]
    [InlineData("iam.cn-north-1.amazonaws.com.cn", "iam", "cn-north-1", "aws-cn", false, false, null)]
    [InlineData("dynamodb.cn-northwest-1.api.amazonwebservices.com.cn", "dynamodb", "cn-northwest-1", "aws-cn", false, true, null)]
    [InlineData("sts.eusc-de-east-1.amazonaws.eu", "sts", "eusc-de-east-1", "aws-eusc", false, false, null)]
    [InlineData("ec2.us-iso-east-1.c2s.ic.gov", "ec2", "us-iso-east-1", "aws-iso", false, false, null)]
    [InlineData("iam.us-isob-east-1.sc2s.sgov.gov", "iam", "us-isob-east-1", "aws-iso-b", false, false, null)]
    [InlineData("iam.eu-isoe-west-1.cloud.adc-e.uk", "iam", "eu-isoe-west-1", "aws-iso-e", false, false, null)]
    [InlineData("iam.us-isof-south-1.csp.hci.ic.gov", "iam", "us-isof-south-1", "aws-iso-f", false, false, null)]
    [InlineData("ec2.us-isof-east-1.api.aws.hci.ic.gov", "ec2", "us-isof-east-1", "aws-iso-f", false, true, null)]
    [InlineData("sts.us-gov-west-1.amazonaws.com", "sts", "us-gov-west-1", "aws-us-gov", false, false, null)]
    [InlineData("dynamodb-fips.us-gov-east-1.api.aws", "dynamodb", "us-gov-east-1", "aws-us-gov", true, true, null)]
    public void Classifies_region_bearing_aws_hosts(
        string host, string service, string region, string partition, bool fips, bool dualStack, string? zone)
    {
        var result = TestRegions.Classify(host);

        Assert.Equal(host, result.Host);
        Assert.Equal("aws", result.Provider);
        Assert.Equal(service, result.Service);
        Assert.Equal(region, result.Region);
        Assert.Equal(partition, result.Partition);
        Assert.Equal(EndpointScope.Regional, result.Scope);
        Assert.Equal(fips, result.Fips);
        Assert.Equal(dualStack, result.DualStack);
        Assert.Equal(zone, result.Zone);
        Assert.Null(result.HomeRegion);
        Assert.False(result.IsIpAddress);
        Assert.Null(result.Note);
    }

    [Theory]
    // A4: no region token, but the endpoint lives in us-east-1 (DOMAIN §2.1 master table)
    [InlineData("sts.amazonaws.com", "sts", false, false)]
    [InlineData("iam.amazonaws.com", "iam", false, false)]
    [InlineData("iam-fips.amazonaws.com", "iam", true, false)]
    [InlineData("iam.global.api.aws", "iam", false, true)]
    [InlineData("route53.amazonaws.com", "route53", false, false)]
    [InlineData("route53-fips.amazonaws.com", "route53", true, false)]
    [InlineData("route53.global.api.aws", "route53", false, true)]
    [InlineData("cloudfront.amazonaws.com", "cloudfront", false, false)]
    [InlineData("cloudfront-fips.global.api.aws", "cloudfront", true, true)]
    [InlineData("s3.amazonaws.com", "s3", false, false)]
    [InlineData("my-bucket.s3.amazonaws.com", "s3", false, false)]
    [InlineData("s3-external-1.amazonaws.com", "s3", false, false)]
    [InlineData("queue.amazonaws.com", "sqs", false, false)]
    [InlineData("sqs.amazonaws.com", "sqs", false, false)]
    [InlineData("sdb.amazonaws.com", "sdb", false, false)]
    [InlineData("budgets.amazonaws.com", "budgets", false, false)]
    [InlineData("savingsplans.amazonaws.com", "savingsplans", false, false)]
    [InlineData("waf.amazonaws.com", "waf", false, false)]
    [InlineData("importexport.amazonaws.com", "importexport", false, false)]
    [InlineData("global.health.amazonaws.com", "health", false, false)]
    [InlineData("ec2-203-0-113-25.compute-1.amazonaws.com", "ec2", false, false)]
    [InlineData("ip-10-24-34-0.ec2.internal", "ec2", false, false)]
    public void Classifies_global_endpoints_homed_in_us_east_1(string host, string service, bool fips, bool dualStack)
    {
        var result = TestRegions.Classify(host);

        Assert.Equal("aws", result.Provider);
        Assert.Equal(service, result.Service);
        Assert.Equal(EndpointScope.GlobalHomed, result.Scope);
        Assert.Equal("us-east-1", result.HomeRegion);
        Assert.Null(result.Region);
        Assert.Equal("aws", result.Partition);
        Assert.Null(result.Zone);
        Assert.Equal(fips, result.Fips);
        Assert.Equal(dualStack, result.DualStack);
    }

    [Theory]
    // The multi-region / edge alternatives of A4: a global data plane, not a us-east-1 pin.
    [InlineData("mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com", "s3")]
    [InlineData("d111111abcdef8.cloudfront.net", "cloudfront")]
    [InlineData("a1234567890abcdef.awsglobalaccelerator.com", "globalaccelerator")]
    public void Classifies_aws_edge_hosts_as_global_edge(string host, string service)
    {
        var result = TestRegions.Classify(host);

        Assert.Equal("aws", result.Provider);
        Assert.Equal(service, result.Service);
        Assert.Equal(EndpointScope.GlobalEdge, result.Scope);
        Assert.Null(result.Region);
        Assert.Null(result.HomeRegion);
    }

    [Theory]
    // DOMAIN §2.4: partition-global endpoints of the other partitions
    [InlineData("iam.us-gov.amazonaws.com", "iam", "aws-us-gov", EndpointScope.GlobalHomed, "us-gov-west-1")]
    [InlineData("route53.us-gov.amazonaws.com", "route53", "aws-us-gov", EndpointScope.GlobalHomed, "us-gov-west-1")]
    [InlineData("route53.amazonaws.com.cn", "route53", "aws-cn", EndpointScope.GlobalHomed, "cn-northwest-1")]
    [InlineData("route53.amazonaws.eu", "route53", "aws-eusc", EndpointScope.GlobalHomed, "eusc-de-east-1")]
    [InlineData("route53.c2s.ic.gov", "route53", "aws-iso", EndpointScope.Global, null)]
    [InlineData("route53.sc2s.sgov.gov", "route53", "aws-iso-b", EndpointScope.Global, null)]
    [InlineData("route53.cloud.adc-e.uk", "route53", "aws-iso-e", EndpointScope.Global, null)]
    [InlineData("route53.csp.hci.ic.gov", "route53", "aws-iso-f", EndpointScope.Global, null)]
    public void Classifies_partition_global_endpoints(
        string host, string service, string partition, EndpointScope scope, string? homeRegion)
    {
        var result = TestRegions.Classify(host);

        Assert.Equal("aws", result.Provider);
        Assert.Equal(service, result.Service);
        Assert.Equal(partition, result.Partition);
        Assert.Equal(scope, result.Scope);
        Assert.Equal(homeRegion, result.HomeRegion);
        Assert.Null(result.Region);
    }

    [Fact]
    public void Global_sts_carries_the_resolver_nuance()
    {
        var result = TestRegions.Classify("sts.amazonaws.com");

        Assert.Contains("us-east-1", result.Note);
        Assert.Contains("Amazon DNS", result.Note);
    }

    [Theory]
    // DOMAIN §3.3 negative samples: no region-bearing match
    [InlineData("sts.amazonaws.com")]
    [InlineData("s3.amazonaws.com")]
    [InlineData("iam.amazonaws.com")]
    [InlineData("cdn.us-east-1.example.com")]
    public void Negative_samples_carry_no_region(string host)
    {
        var result = TestRegions.Classify(host);

        Assert.Null(result.Region);
        Assert.NotEqual(EndpointScope.Regional, result.Scope);
    }

    [Fact]
    public void A_region_token_under_a_foreign_domain_is_not_aws()
    {
        var result = TestRegions.Classify("cdn.us-east-1.example.com");

        Assert.Equal("other", result.Provider);
        Assert.Equal(EndpointScope.Public, result.Scope);
        Assert.Null(result.Service);
        Assert.Null(result.Partition);
    }

    [Theory]
    [InlineData("dynamodb.us-east-9.amazonaws.com", "dynamodb", "us-east-9", false, false)]
    [InlineData("sts-fips.ap-southeast-9.api.aws", "sts", "ap-southeast-9", true, true)]
    [InlineData("my-lb-1234567890.us-west-9.elb.amazonaws.com", "elb", "us-west-9", false, false)]
    [InlineData("s3-eu-west-7.amazonaws.com", "s3", "eu-west-7", false, false)]
    [InlineData("eu-north-5.queue.amazonaws.com", "sqs", "eu-north-5", false, false)]
    [InlineData("cn-south-1.compute.internal", "ec2", "cn-south-1", false, false)]
    public void Unknown_region_tokens_are_reported_not_guessed(string host, string service, string token, bool fips, bool dualStack)
    {
        var result = TestRegions.Classify(host);

        Assert.Equal("aws", result.Provider);
        Assert.Equal(service, result.Service);
        Assert.Null(result.Region);
        Assert.Null(result.Partition);
        Assert.Null(result.Zone);
        Assert.Equal(EndpointScope.Regional, result.Scope);
        Assert.Equal(fips, result.Fips);
        Assert.Equal(dualStack, result.DualStack);
        Assert.Equal($"unknown region '{token}'", result.Note);
    }

    [Fact]
    public void Regions_are_validated_against_the_catalogue_passed_in()
    {
        var result = TestRegions.Classify("dynamodb.us-east-1.amazonaws.com", TestRegions.Empty);

        Assert.Null(result.Region);
        Assert.Equal("dynamodb", result.Service);
        Assert.Equal("unknown region 'us-east-1'", result.Note);
    }

    [Fact]
    public void A_suffix_from_another_partition_is_noted()
    {
        var result = TestRegions.Classify("dynamodb.cn-north-1.amazonaws.com");

        Assert.Equal("cn-north-1", result.Region);
        Assert.Equal("aws-cn", result.Partition);
        Assert.Equal("suffix 'amazonaws.com' does not belong to partition 'aws-cn'", result.Note);
    }

    [Theory]
    [InlineData("logs-eu-west-1a.s3.us-east-1.amazonaws.com")] // an AZ of another region is part of a bucket name
    [InlineData("my-bucket.s3.us-east-1.amazonaws.com")]
    public void Zone_is_only_an_az_of_the_hosts_own_region(string host)
    {
        Assert.Null(TestRegions.Classify(host).Zone);
    }

    [Fact]
    public void Unrecognised_aws_host_forms_are_public_aws_hosts()
    {
        var result = TestRegions.Classify("something.odd.amazonaws.com");

        Assert.Equal("aws", result.Provider);
        Assert.Equal(EndpointScope.Public, result.Scope);
        Assert.Null(result.Region);
    }
}
