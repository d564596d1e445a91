using RegionLens.Scanner.Classification;

namespace RegionLens.Scanner.Tests.Classification;

public sealed class EndpointShapeTests
{
    private const EndpointShapeOptions Literal = EndpointShapeOptions.None;
    private const EndpointShapeOptions Placeholders = EndpointShapeOptions.Placeholders;

    [Theory]
    // URLs: the scheme is evidence enough, so any dotted host or remote address will do.
    [InlineData("https://api.example.com/v1", Literal, true)]
    [InlineData("https://api.example.com", Literal, true)]
    [InlineData("postgres://user:secret@db.internal:5432/orders", Literal, true)]
    [InlineData("amqp://rabbit.svc:5672", Literal, true)]
    [InlineData("http://10.0.0.2:8080/health", Literal, true)]
    [InlineData("http://[fd00::2]:8080/", Literal, true)]
    [InlineData("https://orders.documents.azure.com:443/", Literal, true)]
    // IP addresses, with and without ports, IPv6 bare or bracketed.
    [InlineData("10.0.0.2", Literal, true)]
    [InlineData("10.0.0.2:53", Literal, true)]
    [InlineData("fd00::2", Literal, true)]
    [InlineData("2001:db8::1", Literal, true)]
    [InlineData("[fd00::2]", Literal, true)]
    [InlineData("[fd00::2]:53", Literal, true)]
    // Cloud provider hosts.
    [InlineData("dynamodb.us-east-1.amazonaws.com", Literal, true)]
    [InlineData("orders.abc123.eu-west-1.rds.amazonaws.com:5432", Literal, true)]
    [InlineData("s3.cn-north-1.amazonaws.com.cn", Literal, true)]
    [InlineData("orders.documents.azure.com", Literal, true)]
    [InlineData("orders.servicebus.windows.net", Literal, true)]
    [InlineData("storage.googleapis.com", Literal, true)]
    [InlineData("orders-abc-uc.a.run.app", Literal, true)]
    // Hosts inside a network or a cluster.
    [InlineData("orders.internal.example.net", Literal, true)]
    [InlineData("orders.internal", Literal, true)]
    [InlineData("db.svc.cluster.local", Literal, true)]
    [InlineData("db.svc.cluster.local.", Literal, true)]
    [InlineData("_ldap._tcp.corp.example.com", Literal, true)]
    // Unresolved parts, where the format writes them.
    [InlineData("api.{var.env}.example.com", Placeholders, true)]
    [InlineData("dynamodb.{var.region}.amazonaws.com", Placeholders, true)]
    [InlineData("https://{var.api_host}/v1", Placeholders, true)]
    [InlineData("https://{parameters('account')}.documents.azure.com/", Placeholders, true)]
    [InlineData("https://{reference(resourceId('Microsoft.Web/sites', 'api')).defaultHostName}/", Placeholders, true)]
    [InlineData("{var.host}", Placeholders, false)]
    [InlineData("api.{var.env}.example.com", Literal, false)]
    [InlineData("api.example.{var.tld}", Placeholders, false)]
    // Dotted or colon-separated text that is not an endpoint.
    [InlineData("Microsoft.Storage/storageAccounts", Placeholders, false)]
    [InlineData("Microsoft.Storage", Literal, false)]
    [InlineData("System.IO", Literal, false)]
    [InlineData("1.2.3", Literal, false)]
    [InlineData("2024-01-01.1", Literal, false)]
    [InlineData("appsettings.json", Literal, false)]
    [InlineData("appsettings.Production.json", Literal, false)]
    [InlineData("start.sh", Literal, false)]
    [InlineData("nginx:1.25", Literal, false)]
    [InlineData("ghcr.io/org/app:1.0", Literal, false)]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:10.0", Literal, false)]
    [InlineData("api.example.com/v1", Literal, false)]
    [InlineData("arn:aws:s3:::bucket", Literal, false)]
    [InlineData("10.0.0.0/16", Literal, false)]
    [InlineData("10.0.0.2:99999", Literal, false)]
    [InlineData("300.1.1.1", Literal, false)]
    [InlineData("t3.micro", Literal, false)]
    [InlineData("orders.archive", Literal, false)]
    // Listen and loopback addresses: where the workload serves, never something it depends on.
    [InlineData("http://+:8080", Literal, false)]
    [InlineData("http://*:80", Literal, false)]
    [InlineData("http://0.0.0.0:80", Literal, false)]
    [InlineData("http://[::]:80", Literal, false)]
    [InlineData("0.0.0.0", Literal, false)]
    [InlineData("::", Literal, false)]
    [InlineData("http://localhost:5000", Literal, false)]
    [InlineData("http://127.0.0.1:4317", Literal, false)]
    [InlineData("127.0.0.1", Literal, false)]
    [InlineData("::1", Literal, false)]
    [InlineData("localhost", Literal, false)]
    // Single labels, bare words and empty text.
    [InlineData("http://redis:6379", Literal, false)]
    [InlineData("redis:6379", Literal, false)]
    [InlineData("orders", Literal, false)]
    [InlineData("eu-west-1", Literal, false)]
    [InlineData("true", Literal, false)]
    [InlineData("", Literal, false)]
    [InlineData("https://", Literal, false)]
    [InlineData("file:///etc/hosts", Literal, false)]
    [InlineData("orders .example.com", Literal, false)]
    public void DecidesWhetherTextNamesAnEndpoint(string text, EndpointShapeOptions options, bool endpoint) =>
        Assert.Equal(endpoint, EndpointShape.IsEndpoint(text, options));

    [Theory]
    [InlineData("https://api.example.com", true)]
    [InlineData("api.example.com", false)]
    [InlineData("10.0.0.2", false)]
    public void OnlyUrlsAreUrls(string text, bool url) => Assert.Equal(url, EndpointShape.IsUrl(text));
}
