using Billing.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Shared.Data;

var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: false)
    .AddEnvironmentVariables()
    .Build();

var services = new ServiceCollection();
services.Configure<AwsRegionOptions>(configuration.GetSection("AWS"));
services.AddSingleton<RegionalDynamoClients>();
services.AddSingleton<LedgerWriter>();

using var provider = services.BuildServiceProvider();

// no DescribeTable or CreateTable at start-up: the table and its replica exist already (deploy/terraform),
// so the worker needs only the data plane, in whichever region answers
var ledger = provider.GetRequiredService<LedgerWriter>();
await ledger.RecordAsync("demo-entry", 42.00m, CancellationToken.None);
Console.WriteLine("ledger entry written");
