using RegionLens.Scanner.Configuration;

namespace RegionLens.Scanner.Tests.Configuration;

public sealed class NginxConfigReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regionlens-nginx-").FullName;

    [Fact]
    public void ReadsEveryResolverAddressAndSkipsItsParameters()
    {
        var path = Write("""
            http {
                # Amazon-provided DNS first, public resolvers as a fallback
                resolver 10.0.0.2 valid=30s ipv6=off;
                resolver 8.8.8.8 [2001:4860:4860::8888]:53 status_zone=dns;
            }
            """);

        var config = NginxConfigReader.Read(path);

        Assert.Equal(
        [
            "10.0.0.2 @3:14",
            "8.8.8.8 @4:14",
            "[2001:4860:4860::8888]:53 @4:22",
        ], config.Resolvers.Select(r => $"{r.Address} @{r.Location.Line}:{r.Location.Column}"));
    }

    [Fact]
    public void ReadsPassTargetsAndWhetherTheyAreResolvedAtRunTime()
    {
        var path = Write("""
            server {
                listen 443 ssl;
                set $orders "orders.eu-west-1.example.com";
                location /api/ { proxy_pass https://dynamodb.us-east-1.amazonaws.com; }
                location /orders/ {
                    proxy_pass "https://$orders/v1";
                }
                location /grpc { grpc_pass grpc://inventory.internal:50051; }
                location /brace { proxy_pass http://${backend}; }
            }
            """);

        var config = NginxConfigReader.Read(path);

        Assert.Equal(
        [
            "proxy_pass https://dynamodb.us-east-1.amazonaws.com static @4:33",
            "proxy_pass https://$orders/v1 variable @6:20",
            "grpc_pass grpc://inventory.internal:50051 static @8:32",
            "proxy_pass http://${backend} variable @9:34",
        ], config.Passes.Select(p => $"{p.Directive} {p.Target} {(p.HasVariable ? "variable" : "static")} @{p.Location.Line}:{p.Location.Column}"));
    }

    [Fact]
    public void ReadsUpstreamServersWithTheirResolveFlag()
    {
        var path = Write("""
            upstream orders_backend {
                zone orders 64k;
                server orders-a.eu-west-1.internal:8080 resolve max_fails=3;
                server 10.1.2.3:8080 backup;
            }
            server {
                server_name api.example.com;
                location / { proxy_pass http://orders_backend; }
            }
            """);

        var config = NginxConfigReader.Read(path);

        Assert.Equal(
        [
            "orders_backend orders-a.eu-west-1.internal:8080 resolve @3:12",
            "orders_backend 10.1.2.3:8080 once @4:12",
        ], config.UpstreamServers.Select(s => $"{s.Upstream} {s.Address} {(s.Resolve ? "resolve" : "once")} @{s.Location.Line}:{s.Location.Column}"));
        Assert.Equal("http://orders_backend", Assert.Single(config.Passes).Target);
    }

    [Fact]
    public void AConfigurationWithoutAnyOfThemIsEmpty()
    {
        var config = NginxConfigReader.Read(Write("events { worker_connections 1024; }\n"));

        Assert.Empty(config.Resolvers);
        Assert.Empty(config.Passes);
        Assert.Empty(config.UpstreamServers);
    }

    [Theory]
    [InlineData("http {\n    server {\n        listen 80;\n    }\n", 1)]
    [InlineData("server {\n    location / {\n        proxy_pass http://orders\n    }\n}\n", 3)]
    [InlineData("resolver 8.8.8.8 valid=30s\n", 1)]
    [InlineData("server {\n    listen 80;\n}\n}\n", 4)]
    [InlineData("server {\n    return 200 \"unterminated;\n}\n", 2)]
    [InlineData("server {\n    ;\n}\n", 2)]
    public void MalformedConfigurationNamesItsLine(string content, int line)
    {
        var path = Write(content);

        var error = Assert.Throws<ConfigParseException>(() => NginxConfigReader.Read(path));

        Assert.Equal(path, error.FilePath);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void EveryPrefixOfAFileEitherReadsOrNamesALineInIt()
    {
        const string content = "upstream u { server a:1 resolve; }\nserver {\n  resolver 8.8.8.8 valid=1s; # c\n  location / { proxy_pass \"http://$h\"; }\n}\n";
        for (var length = 0; length <= content.Length; length++)
        {
            var prefix = content[..length];
            var path = Write(prefix);
            try
            {
                NginxConfigReader.Read(path);
            }
            catch (ConfigParseException e)
            {
                Assert.InRange(e.Line, 1, prefix.Split('\n').Length);
            }
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string content)
    {
        var path = Path.Combine(_folder, "nginx.conf");
        File.WriteAllText(path, content);
        return path;
    }
}
