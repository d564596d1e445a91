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
services.AddHttpClient<OrdersUpstream>((sp, client) =>
    client.BaseAddress = new Uri(sp.GetRequiredService<IOptions<UpstreamOptions>>().Value.Orders));

using var provider = services.BuildServiceProvider();
var orders = provider.GetRequiredService<OrdersUpstream>();

// no resolver named here: the client uses every name server the host is configured with (the pod's, see deploy/k8s)
var dns = new LookupClient();

// check at start-up that the API name resolves to something, through the same resolvers the gateway will use
var apiHost = orders.BaseAddress?.Host ?? "";
var answer = await dns.QueryAsync(apiHost, QueryType.A);
Console.WriteLine($"{apiHost}: {answer.Answers.ARecords().Count()} addresses from {dns.NameServers.Count} name servers");
