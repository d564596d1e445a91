using System.Linq;
using RegionLens.Core.Classification;
using Xunit;

namespace RegionLens.Core.Tests.Classification;

/// <summary>Every entry of rules/global-endpoints.json, host by host, with the classification it must give.</summary>
public class GlobalEndpointTableTests
{
    // host, service, scope, home region, partition, fips, dual-stack
    public static readonly TheoryData<string, string, EndpointScope, string?, string, bool, bool> Table = new()
    {
        { "sts.amazonaws.com", "sts", EndpointScope.GlobalHomed, "us-east-1", "aws", false, false },
        { "iam.amazonaws.com", "iam", EndpointScope.GlobalHomed, "us-east-1", "aws", false, false },
        { "iam-fips.amazonaws.com", "iam", EndpointScope.GlobalHomed, "us-east-1", "aws", true, false },
        { "iam.global.api.aws", "iam", EndpointScope.GlobalHomed, "us-east-1", "aws", false, true },
        { "iam-fips.global.api.aws", "iam", EndpointScope.GlobalHomed, "us-east-1", "aws", true, true },
        { "route53.amazonaws.com", "route53", EndpointScope.GlobalHomed, "us-east-1", "aws", false, false },
        { "route53-fips.amazonaws.com", "route53", EndpointScope.GlobalHomed, "us-east-1", "aws", true, false },
        { "route53.global.api.aws", "route53", EndpointScope.GlobalHomed, "us-east-1", "aws", false, true },
        { "route53-fips.global.api.aws", "route53", EndpointScope.GlobalHomed, "us-east-1", "aws", true, true },
        { "cloudfront.amazonaws.com", "cloudfront", EndpointScope.GlobalHomed, "us-east-1", "aws", false, false },
        { "cloudfront.global.api.aws", "cloudfront", EndpointScope.GlobalHomed, "us-east-1", "aws", false, true },
        { "cloudfront-fips.global.api.aws", "cloudfront", EndpointScope.GlobalHomed, "us-east-1", "aws", true, true },
        { "budgets.amazonaws.com", "budgets", EndpointScope.GlobalHomed, "us-east-1", "aws", false, false },
        { "savingsplans.amazonaws.com", "savingsplans", EndpointScope.GlobalHomed, "us-east-1", "aws", false, false },
        { "waf.amazonaws.com", "waf", EndpointScope.GlobalHomed, "us-east-1", "aws", false, false },
        { "importexport.amazonaws.com", "importexport", EndpointScope.GlobalHomed, "us-east-1", "aws", false, false },
        { "sdb.amazonaws.com", "sdb", EndpointScope.GlobalHomed, "us-east-1", "aws", false, false },
        { "queue.amazonaws.com", "sqs", EndpointScope.GlobalHomed, "us-east-1", "aws", false, false },
        { "sqs.amazonaws.com", "sqs", EndpointScope.GlobalHomed, "us-east-1", "aws", false, false },
        { "s3.amazonaws.com", "s3", EndpointScope.GlobalHomed, "us-east-1", "aws", false, false },
        { "my.dotted.bucket.s3.amazonaws.com", "s3", EndpointScope.GlobalHomed, "us-east-1", "aws", false, false },
        { "s3-external-1.amazonaws.com", "s3", EndpointScope.GlobalHomed, "us-east-1", "aws", false, false },
        { "my-bucket.s3-external-1.amazonaws.com", "s3", EndpointScope.GlobalHomed, "us-east-1", "aws", false, false },
        { "global.health.amazonaws.com", "health", EndpointScope.GlobalHomed, "us-east-1", "aws", false, false },
        { "compute-1.amazonaws.com", "ec2", EndpointScope.GlobalHomed, "us-east-1", "aws", false, false },
        { "ec2-203-0-113-25.compute-1.amazonaws.com", "ec2", EndpointScope.GlobalHomed, "us-east-1", "aws", false, false },
        { "ec2.internal", "ec2", EndpointScope.GlobalHomed, "us-east-1", "aws", false, false },
        { "ip-10-24-34-0.ec2.internal", "ec2", EndpointScope.GlobalHomed, "us-east-1", "aws", false, false },
        { "signin.aws.amazon.com", "signin", EndpointScope.GlobalHomed, "us-east-1", "aws", false, false },
        { "accesspoint.s3-global.amazonaws.com", "s3", EndpointScope.GlobalEdge, null, "aws", false, false },
        { "mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com", "s3", EndpointScope.GlobalEdge, null, "aws", false, false },
        { "cloudfront.net", "cloudfront", EndpointScope.GlobalEdge, null, "aws", false, false },
        { "d111111abcdef8.cloudfront.net", "cloudfront", EndpointScope.GlobalEdge, null, "aws", false, false },
        { "awsglobalaccelerator.com", "globalaccelerator", EndpointScope.GlobalEdge, null, "aws", false, false },
        { "a1234567890abcdef.awsglobalaccelerator.com", "globalaccelerator", EndpointScope.GlobalEdge, null, "aws", false, false },
        { "iam.us-gov.amazonaws.com", "iam", EndpointScope.GlobalHomed, "us-gov-west-1", "aws-us-gov", false, false },
        { "route53.us-gov.amazonaws.com", "route53", EndpointScope.GlobalHomed, "us-gov-west-1", "aws-us-gov", false, false },
        { "route53.amazonaws.com.cn", "route53", EndpointScope.GlobalHomed, "cn-northwest-1", "aws-cn", false, false },
        { "route53.amazonaws.eu", "route53", EndpointScope.GlobalHomed, "eusc-de-east-1", "aws-eusc", false, false },
        { "route53.c2s.ic.gov", "route53", EndpointScope.Global, null, "aws-iso", false, false },
        { "route53.sc2s.sgov.gov", "route53", EndpointScope.Global, null, "aws-iso-b", false, false },
        { "route53.cloud.adc-e.uk", "route53", EndpointScope.Global, null, "aws-iso-e", false, false },
        { "route53.csp.hci.ic.gov", "route53", EndpointScope.Global, null, "aws-iso-f", false, false },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_global_host_gets_its_service_scope_home_region_and_partition(
        string host, string service, EndpointScope scope, string? homeRegion, string partition, bool fips, bool dualStack)
    {
        var result = TestRegions.Classify(host);

        Assert.Equal(host, result.Host);
        Assert.Equal("aws", result.Provider);
        Assert.Equal(service, result.Service);
        Assert.Equal(scope, result.Scope);
        Assert.Equal(homeRegion, result.HomeRegion);
        Assert.Equal(partition, result.Partition);
        Assert.Equal(fips, result.Fips);
        Assert.Equal(dualStack, result.DualStack);
        Assert.Null(result.Region);
        Assert.Null(result.Zone);
    }

    [Fact]
    public void The_table_covers_every_entry_of_the_file()
    {
        var tabled = Table.Select(row => (string)row[0]).ToHashSet();

        foreach (var entry in GlobalEndpointCatalogue.Instance.Hosts)
        {
            Assert.Contains(entry.Host, tabled);
        }
    }

    [Theory]
    // DOMAIN §2.1 (aws) and §2.4 (other partitions); the iso partitions' signing regions are not recorded there.
    [InlineData("sts.amazonaws.com", "us-east-1")]
    [InlineData("iam.amazonaws.com", "us-east-1")]
    [InlineData("route53.amazonaws.com", "us-east-1")]
    [InlineData("cloudfront.amazonaws.com", "us-east-1")]
    [InlineData("s3.amazonaws.com", "us-east-1")]
    [InlineData("route53.amazonaws.com.cn", "cn-northwest-1")]
    [InlineData("iam.us-gov.amazonaws.com", "us-gov-west-1")]
    [InlineData("route53.us-gov.amazonaws.com", "us-gov-west-1")]
    [InlineData("route53.amazonaws.eu", "eusc-de-east-1")]
    [InlineData("route53.c2s.ic.gov", null)]
    [InlineData("route53.csp.hci.ic.gov", null)]
    public void Home_regions_agree_with_domain(string host, string? homeRegion)
    {
        Assert.Equal(homeRegion, GlobalEndpointCatalogue.Instance.Find(host)?.HomeRegion);
        Assert.Equal(homeRegion, TestRegions.Classify(host).HomeRegion);
    }

    [Theory]
    [InlineData("sts.amazonaws.com", "Amazon DNS")]
    [InlineData("signin.aws.amazon.com", "regional SAML")]
    [InlineData("route53.c2s.ic.gov", "home region is not recorded")]
    public void Notes_travel_with_their_host(string host, string note) =>
        Assert.Contains(note, TestRegions.Classify(host).Note);

    [Theory]
    // Exact entries match only themselves, and subdomain entries match whole labels only.
    [InlineData("x.sts.amazonaws.com")]
    [InlineData("notcloudfront.net")]
    [InlineData("cloudfront.net.example.com")]
    [InlineData("mys3.amazonaws.com")]
    [InlineData("sts.amazonaws.com.example.com")]
    public void Look_alikes_are_not_global_endpoints(string host)
    {
        Assert.Null(GlobalEndpointCatalogue.Instance.Find(host));
        Assert.DoesNotContain(TestRegions.Classify(host).Scope, new[] { EndpointScope.GlobalHomed, EndpointScope.GlobalEdge });
    }
}
