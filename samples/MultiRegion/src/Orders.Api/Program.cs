using Amazon.DynamoDBv2.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orders.Api;
using Shared.Data;

var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: false)
    .AddEnvironmentVariables()
    .Build();

var services = new ServiceCollection();

// the regions are a list in configuration: a deployment in us-west-2 puts its own region first
services.Configure<AwsRegionOptions>(configuration.GetSection("AWS"));
services.AddSingleton<RegionalDynamoClients>();

// the factory recycles handlers, so the payments host is looked up again after a DNS failover
services.AddHttpClient("payments", client => client.BaseAddress = new Uri(configuration.GetValue<string>("Payments:BaseUrl")!));

using var provider = services.BuildServiceProvider();
var orders = provider.GetRequiredService<RegionalDynamoClients>();
var payments = provider.GetRequiredService<IHttpClientFactory>().CreateClient("payments");

var order = await orders.ExecuteAsync(
    (dynamo, cancellationToken) => dynamo.GetItemAsync(new GetItemRequest
    {
        TableName = "orders",
        Key = new() { ["order_id"] = new AttributeValue { S = "demo" } },
    }, cancellationToken),
    CancellationToken.None);

Console.WriteLine($"orders: {orders.Clients.Count} regions, item found: {order.IsItemSet}");
Console.WriteLine($"payments: {payments.BaseAddress}");
Console.WriteLine($"webhooks: {Webhooks.Describe()}");
