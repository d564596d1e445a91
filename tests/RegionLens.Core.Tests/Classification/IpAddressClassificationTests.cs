using RegionLens.Core.Classification;
using Xunit;

namespace RegionLens.Core.Tests.Classification;

/// <summary>Literal addresses: private ranges, loopback, and the resolver addresses of DOMAIN §5.3.</summary>
public class IpAddressClassificationTests
{
    [Theory]
    [InlineData("10.0.0.1", "10.0.0.1", EndpointScope.Private)]
    [InlineData("10.0.0.2", "10.0.0.2", EndpointScope.Private)]
    [InlineData("172.16.5.4", "172.16.5.4", EndpointScope.Private)]
    [InlineData("172.31.255.255", "172.31.255.255", EndpointScope.Private)]
    [InlineData("172.32.0.1", "172.32.0.1", EndpointScope.Public)]
    [InlineData("172.15.255.255", "172.15.255.255", EndpointScope.Public)]
    [InlineData("192.168.1.1", "192.168.1.1", EndpointScope.Private)]
    [InlineData("100.64.0.1", "100.64.0.1", EndpointScope.Private)]
    [InlineData("100.127.255.255", "100.127.255.255", EndpointScope.Private)]
    [InlineData("100.128.0.1", "100.128.0.1", EndpointScope.Public)]
    [InlineData("169.254.10.1", "169.254.10.1", EndpointScope.Private)]
    [InlineData("127.0.0.1", "127.0.0.1", EndpointScope.Loopback)]
    [InlineData("127.1.2.3", "127.1.2.3", EndpointScope.Loopback)]
    [InlineData("::1", "::1", EndpointScope.Loopback)]
    [InlineData("fe80::1", "fe80::1", EndpointScope.Private)]
    [InlineData("febf::1", "febf::1", EndpointScope.Private)]
    [InlineData("fec0::1", "fec0::1", EndpointScope.Public)]
    [InlineData("fd12:3456:789a::1", "fd12:3456:789a::1", EndpointScope.Private)]
    [InlineData("fc00::1", "fc00::1", EndpointScope.Private)]
    [InlineData("52.94.0.1", "52.94.0.1", EndpointScope.Public)]
    [InlineData("2001:0DB8:0000::0001", "2001:db8::1", EndpointScope.Public)]
    [InlineData("::ffff:10.1.2.3", "::ffff:10.1.2.3", EndpointScope.Private)]
    [InlineData("10.0.0.1:53", "10.0.0.1", EndpointScope.Private)]
    [InlineData("udp://192.168.0.10:53", "192.168.0.10", EndpointScope.Private)]
    [InlineData("http://[fe80::1]:80/", "fe80::1", EndpointScope.Private)]
    [InlineData("fe80::1%2", "fe80::1", EndpointScope.Private)] // the interface scope belongs to this machine
    public void Classifies_addresses_by_range(string text, string host, EndpointScope scope)
    {
        var result = TestRegions.Classify(text);

        Assert.True(result.IsIpAddress);
        Assert.Equal(host, result.Host);
        Assert.Equal(scope, result.Scope);
        Assert.Null(result.Region);
        Assert.Null(result.Note);
        Assert.Equal("other", result.Provider);
    }

    [Theory]
    [InlineData("169.254.169.253", EndpointScope.Private, "Amazon-provided DNS", "aws")]
    [InlineData("fd00:ec2::253", EndpointScope.Private, "Amazon-provided DNS", "aws")]
    [InlineData("8.8.8.8", EndpointScope.Public, "Google Public DNS", "other")]
    [InlineData("8.8.4.4", EndpointScope.Public, "Google Public DNS", "other")]
    [InlineData("2001:4860:4860::8888", EndpointScope.Public, "Google Public DNS", "other")]
    [InlineData("2001:4860:4860::8844", EndpointScope.Public, "Google Public DNS", "other")]
    [InlineData("1.1.1.1", EndpointScope.Public, "Cloudflare DNS", "other")]
    [InlineData("1.0.0.1", EndpointScope.Public, "Cloudflare DNS", "other")]
    [InlineData("2606:4700:4700::1111", EndpointScope.Public, "Cloudflare DNS", "other")]
    [InlineData("2606:4700:4700::1001", EndpointScope.Public, "Cloudflare DNS", "other")]
    [InlineData("9.9.9.9", EndpointScope.Public, "Quad9 DNS", "other")]
    [InlineData("udp://8.8.8.8:53", EndpointScope.Public, "Google Public DNS", "other")]
    public void Names_well_known_resolvers(string text, EndpointScope scope, string note, string provider)
    {
        var result = TestRegions.Classify(text);

        Assert.True(result.IsIpAddress);
        Assert.Equal(scope, result.Scope);
        Assert.Equal(note, result.Note);
        Assert.Equal(provider, result.Provider);
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("::")]
    public void The_unspecified_address_binds_locally(string text)
    {
        var result = TestRegions.Classify(text);

        Assert.Equal(EndpointScope.Loopback, result.Scope);
        Assert.Contains("unspecified", result.Note);
    }
}
