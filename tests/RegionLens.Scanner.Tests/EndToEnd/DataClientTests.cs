using RegionLens.Scanner.Scanning;
using RegionLens.Tests.Shared;

namespace RegionLens.Scanner.Tests.EndToEnd;

/// <summary>Connection strings and server lists in code become one dependency per host, secrets masked.</summary>
public sealed class DataClientTests
{
    [Fact]
    public async Task EachHostOfAConnectionStringOrServerListIsADependency()
    {
        using var copy = SampleCopy.Of("OutageShaped", restore: false);
        File.WriteAllText(copy.PathOf("src/Shared.Data/Stores.cs"), """
            using Confluent.Kafka;
            using Microsoft.Data.SqlClient;

            namespace Shared.Data;

            public static class Stores
            {
                public static SqlConnection Orders() =>
                    new SqlConnection("Server=tcp:orders-fog.database.windows.net,1433;Database=orders;User ID=app;Password=Sup3rS3cret!");

                public static ProducerConfig Events() => new ProducerConfig { BootstrapServers = "b-1.events.kafka.us-east-1.amazonaws.com:9092,b-2.events.kafka.us-east-1.amazonaws.com:9092" };
            }
            """);

        var result = await RegionLensScanner.ScanAsync(copy.Root);

        var stores = result.Dependencies.Where(d => d.Locations[0].Path.EndsWith("Stores.cs", StringComparison.Ordinal)).ToList();
        Assert.Equal(
        [
            "orders-fog.database.windows.net [azure] via SqlConnection, Server=tcp:orders-fog.database.windows.net,1433;Database=orders;User ID=app;Password=***",
            "b-1.events.kafka.us-east-1.amazonaws.com [aws us-east-1] via Kafka.BootstrapServers, b-1.events.kafka.us-east-1.amazonaws.com:9092,b-2.events.kafka.us-east-1.amazonaws.com:9092",
            "b-2.events.kafka.us-east-1.amazonaws.com [aws us-east-1] via Kafka.BootstrapServers, b-1.events.kafka.us-east-1.amazonaws.com:9092,b-2.events.kafka.us-east-1.amazonaws.com:9092",
        ], stores.Select(d => $"{d.Value} [{d.Provider}{(d.Region is null ? "" : " " + d.Region)}] via {d.Sink}, {d.ConnectionString}"));
        Assert.DoesNotContain("Sup3rS3cret", RegionLens.Scanner.Reporting.JsonReportWriter.Write(result), StringComparison.Ordinal);
    }
}
