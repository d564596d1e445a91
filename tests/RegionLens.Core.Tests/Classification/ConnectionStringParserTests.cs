using System;
using System.Collections.Generic;
using System.Linq;
using RegionLens.Core.Classification;
using Xunit;

namespace RegionLens.Core.Tests.Classification;

/// <summary>Hosts, ports and families read from connection strings, shaped as the providers document them.</summary>
public class ConnectionStringParserTests
{
    [Theory]
    [InlineData("Server=tcp:orders-sql.database.windows.net,1433;Initial Catalog=orders;Persist Security Info=False;User ID=app;Password=p@ss;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;", "orders-sql.database.windows.net:1433/sqlserver")]
    [InlineData(@"Data Source=SQLPROD01\INVENTORY;Initial Catalog=Inventory;Integrated Security=SSPI", "sqlprod01/sqlserver")]
    [InlineData("Server=10.0.4.12,1533;Database=Billing;User Id=sa;Password=x;MultiSubnetFailover=True", "10.0.4.12:1533/sqlserver")]
    [InlineData("Data Source=primary.corp.example.com;Failover Partner=mirror.corp.example.com;Initial Catalog=Hr;Integrated Security=True", "primary.corp.example.com/sqlserver mirror.corp.example.com/sqlserver")]
    [InlineData("Address=sql-a.example.net,14330;Database=x;Trusted_Connection=yes", "sql-a.example.net:14330/sqlserver")]
    [InlineData("addr = SQL-B.Example.NET ; database = x", "sql-b.example.net/sqlserver")]
    [InlineData("Network Address=db.internal;Database=x", "db.internal/sqlserver")]
    [InlineData(@"Server=.\SQLEXPRESS;Database=Dev;Trusted_Connection=True;", "localhost/sqlserver")]
    [InlineData("Server=(local);Database=Dev;Integrated Security=true", "localhost/sqlserver")]
    [InlineData(@"Server=np:\\FILESRV02\pipe\MSSQL$SALES\sql\query;Database=Sales", "filesrv02/sqlserver")]
    [InlineData("Data Source=tcp:[2001:db8::10],1433;Initial Catalog=x", "[2001:db8::10]:1433/sqlserver")]
    [InlineData("Provider=MSOLEDBSQL;Data Source=legacy-sql.example.com;Initial Catalog=Old;Integrated Security=SSPI", "legacy-sql.example.com/sqlserver")]
    [InlineData("Data Source=a.example.com;Failover Partner=A.EXAMPLE.COM;Server=b.example.com", "b.example.com/sqlserver a.example.com/sqlserver")]
    public void Reads_sql_server(string text, string expected) => AssertTargets(expected, ConnectionStringParser.Parse(text));

    [Theory]
    [InlineData("Host=orders-db.c9akciq32xyz.eu-west-1.rds.amazonaws.com;Port=5432;Database=orders;Username=app;Password=x;SSL Mode=Require", "orders-db.c9akciq32xyz.eu-west-1.rds.amazonaws.com:5432/postgresql")]
    [InlineData("Host=pg-primary.example.com,pg-replica.example.com:5433;Port=6432;Database=app;Target Session Attributes=prefer-standby", "pg-primary.example.com:6432/postgresql pg-replica.example.com:5433/postgresql")]
    [InlineData("host=localhost;database=dev;username=postgres", "localhost/postgresql")]
    [InlineData("postgresql://app:s3cret@db1.example.com:5432,db2.example.com/orders?target_session_attrs=read-write", "db1.example.com:5432/postgresql db2.example.com/postgresql")]
    [InlineData("postgres://u:p@myapp.postgres.database.azure.com/app?sslmode=require", "myapp.postgres.database.azure.com/postgresql")]
    [InlineData("postgresql://[::1]:5433/app", "[::1]:5433/postgresql")]
    public void Reads_postgresql(string text, string expected) => AssertTargets(expected, ConnectionStringParser.Parse(text));

    [Theory]
    [InlineData("contoso.redis.cache.windows.net:6380,password=Abc123=,ssl=True,abortConnect=False", "contoso.redis.cache.windows.net:6380/redis")]
    [InlineData("redis-0.redis:26379,redis-1.redis:26379,serviceName=mymaster,connectTimeout=5000,allowAdmin=true", "redis-0.redis:26379/redis redis-1.redis:26379/redis")]
    [InlineData("localhost,abortConnect=false", "localhost/redis")]
    [InlineData("cache.example.com:6379,$INFO=,$SELECT=use,ssl=false", "cache.example.com:6379/redis")]
    [InlineData("redis://:p4ss@cache.example.com:6379/0", "cache.example.com:6379/redis")]
    [InlineData("rediss://default:tok@clustercfg.orders.abc123.use1.cache.amazonaws.com:6379", "clustercfg.orders.abc123.use1.cache.amazonaws.com:6379/redis")]
    public void Reads_redis(string text, string expected) => AssertTargets(expected, ConnectionStringParser.Parse(text));

    [Theory]
    [InlineData("mongodb://app:pw@mongo-0.mongo.svc.cluster.local:27017,mongo-1.mongo.svc.cluster.local:27017,mongo-2.mongo.svc.cluster.local:27017/orders?replicaSet=rs0&authSource=admin", "mongo-0.mongo.svc.cluster.local:27017/mongodb mongo-1.mongo.svc.cluster.local:27017/mongodb mongo-2.mongo.svc.cluster.local:27017/mongodb")]
    [InlineData("mongodb+srv://app:pw@cluster0.abcd1.mongodb.net/?retryWrites=true&w=majority&appName=Cluster0", "cluster0.abcd1.mongodb.net/mongodb")]
    [InlineData("mongodb://localhost", "localhost/mongodb")]
    [InlineData("mongodb://orders:c2VjcmV0a2V5==@orders.mongo.cosmos.azure.com:10255/?ssl=true&replicaSet=globaldb", "orders.mongo.cosmos.azure.com:10255/mongodb")]
    public void Reads_mongodb(string text, string expected) => AssertTargets(expected, ConnectionStringParser.Parse(text));

    [Theory]
    [InlineData("bootstrap.servers=b-1.orders.abc123.c2.kafka.us-east-1.amazonaws.com:9092,b-2.orders.abc123.c2.kafka.us-east-1.amazonaws.com:9092", "b-1.orders.abc123.c2.kafka.us-east-1.amazonaws.com:9092/kafka b-2.orders.abc123.c2.kafka.us-east-1.amazonaws.com:9092/kafka")]
    [InlineData("BootstrapServers=kafka-0:9092;GroupId=orders", "kafka-0:9092/kafka")]
    [InlineData("bootstrap.servers=telemetry.servicebus.windows.net:9093;security.protocol=SASL_SSL;sasl.mechanism=PLAIN;sasl.username=$ConnectionString;sasl.password=\"Endpoint=sb://telemetry.servicebus.windows.net/;SharedAccessKeyName=k;SharedAccessKey=x\"", "telemetry.servicebus.windows.net:9093/kafka")]
    public void Reads_kafka(string text, string expected) => AssertTargets(expected, ConnectionStringParser.Parse(text));

    [Theory]
    [InlineData("amqps://user:pw@b-1234.mq.us-east-1.amazonaws.com:5671", "b-1234.mq.us-east-1.amazonaws.com:5671/rabbitmq")]
    [InlineData("amqp://guest:guest@localhost:5672/%2F", "localhost:5672/rabbitmq")]
    [InlineData("amqp://rabbitmq", "rabbitmq/rabbitmq")]
    [InlineData("HostName=rabbit.example.com;Port=5671;UserName=app;Password=x;VirtualHost=/orders", "rabbit.example.com:5671/rabbitmq")]
    public void Reads_rabbitmq(string text, string expected) => AssertTargets(expected, ConnectionStringParser.Parse(text));

    [Theory]
    [InlineData("Endpoint=sb://orders-ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=abc=", "orders-ns.servicebus.windows.net/servicebus")]
    [InlineData("Endpoint=sb://telemetry.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=x;EntityPath=events", "telemetry.servicebus.windows.net/servicebus")]
    [InlineData("Endpoint=sb://localhost;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=SAS_KEY_VALUE;UseDevelopmentEmulator=true;", "localhost/servicebus")]
    [InlineData("AccountEndpoint=https://orders-cosmos.documents.azure.com:443/;AccountKey=C2y6yDjf5==;Database=orders", "orders-cosmos.documents.azure.com:443/cosmos")]
    [InlineData("AccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5==", "localhost:8081/cosmos")]
    public void Reads_service_bus_and_cosmos(string text, string expected) => AssertTargets(expected, ConnectionStringParser.Parse(text));

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=contosodata;AccountKey=bG9uZw==;EndpointSuffix=core.windows.net", "contosodata.blob.core.windows.net/azurestorage contosodata.queue.core.windows.net/azurestorage contosodata.table.core.windows.net/azurestorage contosodata.file.core.windows.net/azurestorage")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=Acct;AccountKey=k", "acct.blob.core.windows.net/azurestorage acct.queue.core.windows.net/azurestorage acct.table.core.windows.net/azurestorage acct.file.core.windows.net/azurestorage")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=k;EndpointSuffix=core.chinacloudapi.cn", "acct.blob.core.chinacloudapi.cn/azurestorage acct.queue.core.chinacloudapi.cn/azurestorage acct.table.core.chinacloudapi.cn/azurestorage acct.file.core.chinacloudapi.cn/azurestorage")]
    [InlineData("UseDevelopmentStorage=true", "127.0.0.1:10000/azurestorage 127.0.0.1:10001/azurestorage 127.0.0.1:10002/azurestorage")]
    [InlineData("BlobEndpoint=https://cdnacct.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=b&sig=x", "cdnacct.blob.core.windows.net/azurestorage")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=k;BlobEndpoint=https://media.contoso.com", "media.contoso.com/azurestorage acct.queue.core.windows.net/azurestorage acct.table.core.windows.net/azurestorage acct.file.core.windows.net/azurestorage")]
    public void Reads_azure_storage(string text, string expected) => AssertTargets(expected, ConnectionStringParser.Parse(text));

    [Theory]
    [InlineData("broker1:9092, broker2:9093", "kafka", "broker1:9092/kafka broker2:9093/kafka")]
    [InlineData("kafka", "kafka", "kafka/kafka")]
    [InlineData("https://es1.example.com:9200,https://es2.example.com:9200", "elasticsearch", "es1.example.com:9200/elasticsearch es2.example.com:9200/elasticsearch")]
    [InlineData("https://elastic:changeme@orders.es.us-east-1.aws.found.io:443/", "elasticsearch", "orders.es.us-east-1.aws.found.io:443/elasticsearch")]
    [InlineData("http://localhost:9200", "elasticsearch", "localhost:9200/elasticsearch")]
    [InlineData("redis-a:6379,redis-b:6379,password=x", "redis", "redis-a:6379/redis redis-b:6379/redis")]
    public void Reads_server_lists_of_a_known_family(string text, string family, string expected) =>
        AssertTargets(expected, ConnectionStringParser.ParseServerList(text, family));

    // The quoted value is one value: a secret holding a separator and a host key must not become a target.
    [Theory]
    [InlineData("Server=sql.example.com;User Id=app;Password=\"p;Host=evil.example.com\";", "sql.example.com/sqlserver")]
    [InlineData("Host=pg.example.com;Password='x;Server=evil.example.com';Database=app", "pg.example.com/postgresql")]
    [InlineData("Server=tcp:db.example.com,1433;Password=\"a\"\";Data Source=evil.example.com\"", "db.example.com:1433/sqlserver")]
    [InlineData("cache.example.com:6380,password=\"a,evil.example.com:1\",ssl=True", "cache.example.com:6380/redis")]
    [InlineData("cache.example.com:6380,password='host=evil.example.com,evil:1',ssl=True", "cache.example.com:6380/redis")]
    [InlineData("AccountName=acct;AccountKey=\"k;BlobEndpoint=https://evil.example.com\"", "acct.blob.core.windows.net/azurestorage acct.queue.core.windows.net/azurestorage acct.table.core.windows.net/azurestorage acct.file.core.windows.net/azurestorage")]
    [InlineData("mongodb://user:p@ss/evil.example.com:1@db.example.com:27017/app", "db.example.com:27017/mongodb")]
    [InlineData("redis://:12#evil.example.com@cache.example.com:6379", "cache.example.com:6379/redis")]
    public void A_password_is_never_read_as_a_host(string text, string expected)
    {
        var targets = ConnectionStringParser.Parse(text);

        AssertTargets(expected, targets);
        Assert.DoesNotContain(targets!, t => t.Host.Contains("evil", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("b1:9092,password=\"x,evil:1\"", "kafka", "b1:9092/kafka")]
    [InlineData("https://elastic:pa,ss@es1.example.com:9200", "elasticsearch", null)]
    public void A_password_in_a_server_list_is_never_read_as_a_host(string text, string family, string? expected)
    {
        var targets = ConnectionStringParser.ParseServerList(text, family);

        if (expected is null)
        {
            Assert.Null(targets);
        }
        else
        {
            AssertTargets(expected, targets);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hello world")]
    [InlineData("Connect to the server, then retry.")]
    [InlineData("a=b")]
    [InlineData("Timeout=30;Retries=3")]
    [InlineData("{\"ConnectionStrings\": {\"Orders\": \"Server=sql.example.com\"}}")]
    [InlineData("https://example.com")]
    [InlineData("https://example.com/?a=b")]
    [InlineData("s3://bucket/key")]
    [InlineData("example.com:443")]
    [InlineData("redis1:6379,redis2:6379")]
    [InlineData("Endpoint=https://orders.azconfig.io;Id=x;Secret=y")]
    [InlineData("Server=db.example.com;Port=3306;Database=app;Uid=root;Pwd=x")]
    [InlineData("HostName=hub.azure-devices.net;DeviceId=d1;SharedAccessKey=x")]
    [InlineData("Provider=Microsoft.ACE.OLEDB.12.0;Data Source=files.example.com")]
    [InlineData("Server=sql.example.com;Password=\"abc;Host=evil.example.com")]
    [InlineData("Server=sql.example.com;Password=x;oops")]
    [InlineData("Server=sql.example.com;Password=\"abc\"def;Host=evil.example.com")]
    public void Text_that_is_not_a_connection_string_gives_null(string text)
    {
        Assert.Null(ConnectionStringParser.Parse(text));
    }

    [Theory]
    [InlineData(@"Server=(localdb)\MSSQLLocalDB")]
    [InlineData(@"Server=(localdb)\MSSQLLocalDB;Database=Dev;Trusted_Connection=True;MultipleActiveResultSets=true")]
    [InlineData(@"Data Source=(LocalDB)\v11.0;AttachDbFilename=|DataDirectory|\app.mdf;Integrated Security=True")]
    [InlineData("Data Source=app.db")]
    [InlineData("Server=$(DB_HOST);Database=orders")]
    [InlineData("Host=/var/run/postgresql;Database=app")]
    [InlineData("mongodb://%2Ftmp%2Fmongodb-27017.sock")]
    public void A_known_family_without_a_network_host_gives_an_empty_list(string text)
    {
        var targets = ConnectionStringParser.Parse(text);

        Assert.NotNull(targets);
        Assert.Empty(targets);
    }

    [Theory]
    [InlineData("hello world")]
    [InlineData("")]
    [InlineData("b1:9092,not a host")]
    [InlineData("password=x")]
    public void Text_that_is_not_a_server_list_gives_null(string text)
    {
        Assert.Null(ConnectionStringParser.ParseServerList(text, ConnectionFamily.Kafka));
    }

    [Fact]
    public void A_server_list_needs_a_family()
    {
        Assert.Throws<ArgumentException>(() => ConnectionStringParser.ParseServerList("b1:9092", " "));
    }

    [Fact]
    public void The_port_is_null_when_the_string_does_not_write_one()
    {
        var target = Assert.Single(ConnectionStringParser.Parse("Host=PG.Example.com;Database=app")!);

        Assert.Equal("pg.example.com", target.Host);
        Assert.Null(target.Port);
        Assert.Equal(ConnectionFamily.PostgreSql, target.Family);
    }

    private static void AssertTargets(string expected, IReadOnlyList<ConnectionTarget>? targets)
    {
        Assert.NotNull(targets);
        Assert.Equal(expected, string.Join(" ", targets.Select(t => t.ToString())));
    }
}
