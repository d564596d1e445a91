using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using DnsClient;
using Edge.Gateway;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: false)
    .AddEnvironmentVariables()
    .Build();

var services = new ServiceCollection();
services.Configure<UpstreamOptions>(configuration.GetSection("Upstream"));
using var provider = services.BuildServiceProvider();
var upstreams = new Upstreams(provider.GetRequiredService<IOptions<UpstreamOptions>>());

// the legacy global S3 endpoint lives in us-east-1, whatever region the buckets are in
var assets = new AmazonS3Client(new AmazonS3Config { USEast1RegionalEndpointValue = S3UsEast1RegionalEndpointValue.Legacy });

// one public resolver: if it cannot answer, nothing resolves
var dns = new LookupClient(IPAddress.Parse("8.8.8.8"));

var inventory = Upstreams.Channel("https://inventory.internal.example.net:5001");
var pricing = upstreams.Pricing();

Console.WriteLine($"{assets.Config.RegionEndpoint?.SystemName} {dns.NameServers.Count} {inventory.Target} {pricing.BaseAddress}");

// the ledger database is one regional cluster, named in its connection string
var ledger = configuration.GetConnectionString("Ledger");
Console.WriteLine(ledger is null ? "no ledger" : "ledger configured");
