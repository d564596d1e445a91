namespace RegionLens.Core.Tests.Extraction;

/// <summary>Database, cache and messaging clients given a connection string or server list in code.</summary>
public sealed class DataClientSurfaceTests
{
    [Fact]
    public void ConnectionStringsAndServerListsReachingDataClientsAreEndpoints()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Data.cs", """
            using Confluent.Kafka;
            using Microsoft.Data.SqlClient;
            using MongoDB.Driver;
            using Npgsql;
            using RabbitMQ.Client;
            using StackExchange.Redis;

            public static class Data
            {
                private const string Orders = "Server=tcp:orders.database.windows.net,1433;Database=orders";

                public static SqlConnection Sql() => new SqlConnection(Orders);
                public static NpgsqlConnection Postgres() => new NpgsqlConnection("Host=pg1.internal,pg2.internal;Database=ledger");
                public static NpgsqlDataSource Source() => NpgsqlDataSource.Create("Host=pg3.internal;Database=ledger");
                public static ConnectionMultiplexer Redis() => ConnectionMultiplexer.Connect("cache1.internal:6379,cache2.internal:6379");
                public static MongoClient Mongo() => new MongoClient("mongodb://mongo1.internal:27017,mongo2.internal:27017/?replicaSet=rs0");
                public static ProducerConfig Kafka() => new ProducerConfig { BootstrapServers = "b1.internal:9092,b2.internal:9092" };
                public static ConnectionFactory Rabbit() => new ConnectionFactory { HostName = "rabbit.internal" };
            }
            """));

        Collect.AssertLines(
        [
            "Endpoint Server=tcp:orders.database.windows.net,1433;Database=orders SqlConnection @ Data.cs:10:35, Data.cs:12:42",
            "Endpoint Host=pg1.internal,pg2.internal;Database=ledger NpgsqlConnection @ Data.cs:13:71",
            "Endpoint Host=pg3.internal;Database=ledger NpgsqlDataSource.Create @ Data.cs:14:72",
            "Endpoint cache1.internal:6379,cache2.internal:6379 ConnectionMultiplexer.Connect @ Data.cs:15:82",
            "Endpoint mongodb://mongo1.internal:27017,mongo2.internal:27017/?replicaSet=rs0 MongoClient @ Data.cs:16:58",
            "Endpoint b1.internal:9092,b2.internal:9092 Kafka.BootstrapServers @ Data.cs:17:85",
            "Endpoint rabbit.internal RabbitMQ.HostName @ Data.cs:18:84",
        ], Collect.From(compilation));
    }

    [Fact]
    public void CommonMethodNamesOnOtherTypesAreNotDataClients()
    {
        var compilation = SnippetCompilation.Create(withSdk: true, ("Other.cs", """
            public sealed class Socket
            {
                public string HostName { get; set; } = "";
                public void Connect(string address) { }
                public static Socket Create(string address) => new Socket { HostName = address };
                public static void Use() => Create("printer.local").Connect("printer.local:9100");
            }
            """));

        Assert.Empty(Collect.From(compilation));
    }
}
