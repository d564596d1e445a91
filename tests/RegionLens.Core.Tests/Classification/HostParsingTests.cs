using System;
using RegionLens.Core.Classification;
using Xunit;

namespace RegionLens.Core.Tests.Classification;

/// <summary>What counts as a host, and how the host is cut out of a URL.</summary>
public class HostParsingTests
{
    [Theory]
    [InlineData("https://dynamodb.us-east-1.amazonaws.com/", "dynamodb.us-east-1.amazonaws.com")]
    [InlineData("http://user:pw@dynamodb.eu-west-1.amazonaws.com:8080/x?y=1#z", "dynamodb.eu-west-1.amazonaws.com")]
    [InlineData("HTTPS://DynamoDB.US-EAST-1.AmazonAWS.com/Tables", "dynamodb.us-east-1.amazonaws.com")]
    [InlineData("dynamodb.us-east-1.amazonaws.com:443", "dynamodb.us-east-1.amazonaws.com")]
    [InlineData("sqs.us-east-1.amazonaws.com.", "sqs.us-east-1.amazonaws.com")]
    [InlineData("  https://sqs.us-east-1.amazonaws.com  ", "sqs.us-east-1.amazonaws.com")]
    [InlineData("amqps://user:secret@b-1234.mq.us-east-1.amazonaws.com:5671", "b-1234.mq.us-east-1.amazonaws.com")]
    [InlineData("jdbc:postgresql://mydb.c9akciq32xyz.us-east-1.rds.amazonaws.com:5432/app", "mydb.c9akciq32xyz.us-east-1.rds.amazonaws.com")]
    [InlineData("https://user@dynamodb.us-east-1.amazonaws.com/path@with-at", "dynamodb.us-east-1.amazonaws.com")]
    public void Strips_scheme_userinfo_port_and_path(string text, string host)
    {
        var result = TestRegions.Classify(text);

        Assert.Equal(host, result.Host);
        Assert.Equal("aws", result.Provider);
        Assert.Equal(EndpointScope.Regional, result.Scope);
        Assert.NotNull(result.Region);
    }

    [Theory]
    [InlineData("//d111111abcdef8.cloudfront.net/logo.png", "d111111abcdef8.cloudfront.net", EndpointScope.GlobalEdge)]
    [InlineData("s3.amazonaws.com/my-bucket/key.txt", "s3.amazonaws.com", EndpointScope.GlobalHomed)]
    [InlineData("http://[::1]:8080/health", "::1", EndpointScope.Loopback)]
    [InlineData("https://[2001:DB8::1]/", "2001:db8::1", EndpointScope.Public)]
    [InlineData("https://bücher.example/", "xn--bcher-kva.example", EndpointScope.Public)]
    [InlineData("localhost", "localhost", EndpointScope.Loopback)]
    [InlineData("http://localhost:5000/", "localhost", EndpointScope.Loopback)]
    [InlineData("LOCALHOST:8080", "localhost", EndpointScope.Loopback)]
    [InlineData("api.localhost", "api.localhost", EndpointScope.Loopback)]
    [InlineData("db.internal", "db.internal", EndpointScope.Private)]
    [InlineData("printer.local", "printer.local", EndpointScope.Private)]
    [InlineData("build.corp", "build.corp", EndpointScope.Private)]
    [InlineData("nas.home.arpa", "nas.home.arpa", EndpointScope.Private)]
    [InlineData("my-svc.my-ns.svc.cluster.local", "my-svc.my-ns.svc.cluster.local", EndpointScope.Private)]
    [InlineData("http://orders-api:8080/orders", "orders-api", EndpointScope.Private)]
    [InlineData("redis:6379", "redis", EndpointScope.Private)]
    [InlineData("example.com", "example.com", EndpointScope.Public)]
    [InlineData("https://www.example.org/path?q=1", "www.example.org", EndpointScope.Public)]
    [InlineData("_dmarc.example.com", "_dmarc.example.com", EndpointScope.Public)]
    public void Classifies_non_cloud_hosts(string text, string host, EndpointScope scope)
    {
        var result = TestRegions.Classify(text);

        Assert.Equal(host, result.Host);
        Assert.Equal(scope, result.Scope);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hello world")]
    [InlineData("hello")]
    [InlineData("us-east-1")]
    [InlineData("api/v1/items")]
    [InlineData("user@example.com")]
    [InlineData("arn:aws:s3:::my-bucket")]
    [InlineData("12:30")]
    [InlineData("3.14")]
    [InlineData("256.1.1.1")]
    [InlineData("file:///etc/hosts")]
    [InlineData("s3://my-bucket/key.txt")]
    [InlineData("https://")]
    [InlineData(@"C:\temp\x")]
    [InlineData("key=value;other=1")]
    [InlineData("example.com:http")]
    [InlineData("example.com:99999")]
    [InlineData("{host}")]
    [InlineData("-flag")]
    [InlineData("not a url")]
    [InlineData("1 2.example.com")]
    public void Returns_null_for_text_that_is_not_a_host(string text)
    {
        Assert.Null(EndpointClassifier.Classify(text, TestRegions.Aws));
    }

    [Fact]
    public void Returns_null_for_null_text()
    {
        Assert.Null(EndpointClassifier.Classify(null!, TestRegions.Aws));
    }

    [Fact]
    public void Requires_a_catalogue()
    {
        Assert.Throws<ArgumentNullException>(() => EndpointClassifier.Classify("example.com", null!));
    }

    [Theory]
    [InlineData("https://{host}/api", "{host}", "other", "placeholder")]
    [InlineData("https://dynamodb.{region}.amazonaws.com/", "dynamodb.{region}.amazonaws.com", "aws", "placeholder")]
    [InlineData("dynamodb.{region}.amazonaws.com", "dynamodb.{region}.amazonaws.com", "aws", "placeholder")]
    [InlineData("https://{account}.documents.azure.com:443/", "{account}.documents.azure.com", "azure", "placeholder")]
    [InlineData("https://${API_HOST}:8443/", "${api_host}", "other", "placeholder")]
    [InlineData("https://bad..example.com/", "bad..example.com", "other", "could not be parsed")]
    [InlineData("http://example.com:notaport/", "example.com:notaport", "other", "could not be parsed")]
    [InlineData("https://[not-ipv6]/", "[not-ipv6]", "other", "could not be parsed")]
    public void Urls_with_unusable_hosts_are_unknown(string text, string host, string provider, string noteFragment)
    {
        var result = TestRegions.Classify(text);

        Assert.Equal(EndpointScope.Unknown, result.Scope);
        Assert.Equal(host, result.Host);
        Assert.Equal(provider, result.Provider);
        Assert.Contains(noteFragment, result.Note);
        Assert.Null(result.Region);
    }
}
