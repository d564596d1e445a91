using Amazon.DynamoDBv2;
using Microsoft.Extensions.Configuration;
using Shared.Data;

var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: false)
    .Build();

// the region comes from appsettings.json ("AWS:Region"), so it is invisible in the code
var options = configuration.GetAWSOptions();
var orders = options.CreateServiceClient<IAmazonDynamoDB>();

// a second client through the shared factory: pinned to us-east-1 by a constant
var catalog = DynamoClientFactory.Create();

// the payments host is a DNS name read from config: if it stops resolving, checkout stops
var payments = new HttpClient
{
    BaseAddress = new Uri(configuration.GetValue<string>("Payments:BaseUrl")!),
};

Console.WriteLine($"orders: {orders.Config.RegionEndpoint?.SystemName}");
Console.WriteLine($"catalog: {catalog.Config.RegionEndpoint?.SystemName}");
Console.WriteLine($"payments: {payments.BaseAddress}");
